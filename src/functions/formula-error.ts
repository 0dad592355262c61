import { FormulaProblem } from "./formulas";

/**
 * The error a custom function throws so that Excel shows #VALUE! (or #N/A) with our Indonesian message
 * in the cell's error tooltip; only those two codes carry a message (CustomFunctionsRuntime 1.2).
 * A `FormulaProblem` keeps its code; anything else is #VALUE!. Outside Excel (unit tests) the runtime is
 * absent and the original error is returned unchanged.
 */
export function formulaError(cause: unknown): unknown {
  if (typeof CustomFunctions === "undefined") return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = cause instanceof FormulaProblem && cause.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, message);
}
