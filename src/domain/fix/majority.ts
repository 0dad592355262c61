/**
 * The form most cells of a column use, which is what "the sheet's own convention" means for a fix.
 * Ties go to the form seen first, so the answer never depends on anything but the sheet.
 * Undefined when no cell has a recognised form.
 */
export function majorityForm<F>(forms: Iterable<F | undefined>): F | undefined {
  const counts = new Map<F, number>();
  for (const form of forms) if (form !== undefined) counts.set(form, (counts.get(form) ?? 0) + 1);
  let best: F | undefined;
  let bestCount = 0;
  for (const [form, count] of counts) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
