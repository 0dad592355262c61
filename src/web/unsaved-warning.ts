/**
 * While there are changes not saved to a copy, closing or reloading the tab makes the browser ask
 * first (browsers show their own wording; the text cannot be chosen). Returns the function that stops it.
 */
export function warnBeforeLeaving(hasUnsavedChanges: () => boolean): () => void {
  const listener = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    // Older Chrome and Edge still need returnValue set.
    event.returnValue = "";
  };
  window.addEventListener("beforeunload", listener);
  return () => window.removeEventListener("beforeunload", listener);
}
