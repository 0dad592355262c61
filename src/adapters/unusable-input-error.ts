/**
 * The input cannot be used at all (missing file, not a workbook, no worker table, a wrong option).
 * `message` is Indonesian and says what to do; faces show it as it is (the CLI exits 2). Never a stack trace.
 */
export class UnusableInputError extends Error {
  override readonly name = "UnusableInputError";
}
