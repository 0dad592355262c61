import { z } from "zod";
import { BUDGET_DEFAULTS, periodShape } from "../anggaran/budget-input";
import type { FindingCode } from "../finding";
import type { YearMonth } from "../iuran";
import type { SubmissionTemplate, TemplateColumn } from "./template-schema";

/**
 * One cell of the submission: a string becomes a text cell (number format "@"), a number a number
 * cell, null an empty cell. Dates are strings already spelled in the template's format.
 */
export type SubmissionValue = string | number | null;

/** Why a row is not in the submission: an engine finding, or what the template needed and the row lacked. */
export type RejectionCode = FindingCode | "REQUIRED_VALUE_MISSING";

export interface RejectionReason {
  readonly code: RejectionCode;
  /** Bahasa Indonesia: what is wrong and what to fix. */
  readonly message: string;
}

export interface RejectedRow {
  /** 1-based row on the source sheet. */
  readonly row: number;
  readonly nama: string;
  /** The NIK as the village wrote it (may be damaged or empty): what the secretary will search for. */
  readonly nikShown: string;
  readonly reasons: readonly RejectionReason[];
}

/** A value that was present but unusable in a column that is not required: the row is exported without it. */
export interface EmptiedValue {
  readonly row: number;
  readonly header: string;
  readonly code: RejectionCode;
  readonly message: string;
}

/**
 * The submission's options: the budget's own period (year, startMonth, months, withJht, declaredIncome:
 * the same names, bounds and defaults as the budget, from `periodShape`) and the village code. Every face
 * (the CLI's ekspor, the pane's Ekspor tab) passes these; `buildSubmission` parses them here.
 */
export const submissionOptionsSchema = z.object(periodShape).omit({ pp50: true }).extend({
  /** Declared income for rows whose penghasilan is empty (whole rupiah). */
  declaredIncome: z
    .number({ error: "Penghasilan bawaan harus berupa angka" })
    .int("Penghasilan bawaan harus bilangan bulat rupiah, mis. 1000000")
    .min(0, "Penghasilan bawaan tidak boleh negatif")
    .default(BUDGET_DEFAULTS.declaredIncome),
  /** Kemendagri village code "61.04.01.2014", for `kode_wilayah` columns. */
  kodeDesa: z
    .string({ error: "Kode desa harus berupa teks" })
    .regex(/^\d{2}\.?\d{2}\.?\d{2}\.?\d{4}$/, "Kode desa harus berbentuk 00.00.00.0000, mis. 61.04.01.2014")
    .optional(),
});

export type SubmissionOptions = z.input<typeof submissionOptionsSchema>;
export type ResolvedSubmissionOptions = z.output<typeof submissionOptionsSchema>;

export interface BuiltExtraSheet {
  readonly name: string;
  readonly position: "before" | "after";
  readonly rows: ReadonlyArray<readonly [string, string]>;
}

export interface Submission {
  readonly template: SubmissionTemplate;
  readonly sheetName: string;
  readonly headerRow: number;
  readonly titleRows: readonly string[];
  /** The template's columns that are written (without `onlyIfPresent` columns that no row fills). */
  readonly columns: readonly TemplateColumn[];
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly SubmissionValue[]>;
  /** The source sheet row of each exported row, in the same order. */
  readonly sourceRows: readonly number[];
  readonly included: number;
  readonly rejected: readonly RejectedRow[];
  /** How many rejected rows carry each code (a row with two codes counts under both). */
  readonly rejectedByCode: Readonly<Partial<Record<RejectionCode, number>>>;
  readonly emptied: readonly EmptiedValue[];
  readonly extraSheets: readonly BuiltExtraSheet[];
  readonly period: { readonly from: YearMonth; readonly to: YearMonth; readonly months: number };
  /** "JKK+JKM" or "JKK+JKM+JHT". */
  readonly program: string;
  /** The income written for rows whose penghasilan is empty. */
  readonly declaredIncome: number;
  /** Things the secretary must know about the whole file (row limit, a column left empty). */
  readonly notes: readonly string[];
}

/**
 * Thrown by `buildSubmission` when an option is out of range, or when the template requires a value that
 * only an option can give (a required `kode_wilayah` column without a village code). The message is
 * Bahasa Indonesia and names the option.
 */
export class SubmissionOptionsError extends Error {
  override readonly name = "SubmissionOptionsError";
}
