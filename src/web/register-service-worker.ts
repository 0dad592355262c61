/**
 * Keeps the page usable without a network after its first visit (sw.js caches the built files).
 * Browsers allow service workers on https:// and on http://127.0.0.1 or localhost, not on file://.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("sw.js").catch(() => {
      // Without it the page still works; it only needs the network again next time.
    });
  });
}
