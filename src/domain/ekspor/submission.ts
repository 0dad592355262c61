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

export interface SubmissionOptions {
  /** Budget year: the contribution period starts in it. */
  readonly tahun: number;
  /** First contribution month, 1–12. */
  readonly bulanMulai: number;
  /** Number of contribution months, 1–60; may run into the next year. */
  readonly jumlahBulan: number;
  readonly denganJht: boolean;
  /** Declared income for rows whose penghasilan is empty (whole rupiah). */
  readonly penghasilanBawaan: number;
  /** Kemendagri village code "61.04.01.2014", for `kode_wilayah` columns. */
  readonly kodeDesa?: string;
}

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
  readonly period: { readonly mulai: YearMonth; readonly selesai: YearMonth; readonly jumlahBulan: number };
  /** "JKK+JKM" or "JKK+JKM+JHT". */
  readonly program: string;
  readonly penghasilanBawaan: number;
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
