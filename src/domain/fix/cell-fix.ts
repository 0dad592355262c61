import type { RawCell } from "../cell/raw-cell";
import type { FieldName } from "../fields";
import type { FindingCode } from "../finding";

/**
 * What a fix writes: text (always written as Text-formatted so Excel does not turn "081234567890"
 * back into a number) or a real date cell. A subset of `RawCell`, so it can be compared and stored as is.
 */
export type FixedCell = Extract<RawCell, { kind: "text" } | { kind: "date" }>;

/** Stable identifiers of the automatic fixes: shown in the JSON output and the fix preview, never renamed. */
export type FixCode =
  /** Spaces, dots, dashes or an apostrophe removed from a NIK; stored as 16-digit text. */
  | "NIK_SEPARATORS"
  /** The same for a No. KK. */
  | "KK_SEPARATORS"
  /** A mobile number that lost its leading 0 because the cell was a number ("81234567890" -> "081234567890"). */
  | "PHONE_LEADING_ZERO"
  /** "+62…"/"62…"/"08…" written the way most of the column writes it. */
  | "PHONE_CONVENTION"
  /** "Laki-laki"/"L"/"LK"… written the way most of the column writes it. */
  | "SEX_CONVENTION"
  /** A birth date typed as text, rewritten in the column's usual form (or made a real date cell). */
  | "DATE_CONVENTION"
  /** Leading, trailing or doubled spaces (and Alt+Enter line breaks) removed from a name. */
  | "NAME_SPACES";

/**
 * One cell an automatic fix would change. Only fixes with a single safe answer are ever proposed:
 * a NIK or No. KK whose digits Excel has lost is never "fixed" (it must be retyped from the KTP/KK).
 *
 * The face shows `shownBefore` → `shownAfter` in its preview, writes `newValue` (as Text when
 * `asText`), and keeps `oldValue` in a `FixBatch` so "Batalkan perbaikan" restores the cell exactly.
 */
export interface CellFix {
  /** 1-based Excel row on the table's sheet. */
  readonly sheetRow: number;
  /** 1-based Excel column on the table's sheet. */
  readonly column: number;
  readonly field: FieldName;
  /** The cell exactly as read, number format included: what undo writes back. */
  readonly oldValue: RawCell;
  readonly newValue: FixedCell;
  /** True when `newValue` is text and must be written with the Text number format ("@"). */
  readonly asText: boolean;
  /** Bahasa Indonesia: what is changed and why, for the preview. */
  readonly reason: string;
  readonly code: FixCode;
  /** The check finding on this cell that the fix clears, when there is one (e.g. PHONE_INVALID). */
  readonly resolves?: FindingCode;
  /** The old and new value as the secretary sees them in the preview ("old → new"). */
  readonly shownBefore: string;
  readonly shownAfter: string;
}
