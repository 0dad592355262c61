import type { CheckResult } from "../../domain/check/check-workers";
import {
  buildSubmission,
  DEFAULT_TEMPLATE_NAME,
  findTemplate,
  SubmissionOptionsError,
  type RejectionCode,
  type Submission,
  type SubmissionTemplate,
} from "../../domain/ekspor";
import type { PaneSettings } from "../session/pane-settings";
import { rejectionLabel } from "./rejection-labels";

export interface ExclusionCount {
  readonly code: RejectionCode;
  readonly label: string;
  readonly count: number;
}

export type SubmissionPreview =
  | { readonly ok: true; readonly submission: Submission; readonly excludedBy: ReadonlyArray<ExclusionCount> }
  /** An option the template needs is missing (e.g. the village code); `message` is Indonesian. */
  | { readonly ok: false; readonly message: string };

/** The template chosen in the settings, or the default one when the stored name is unknown. */
export function chosenTemplate(settings: PaneSettings): SubmissionTemplate {
  return findTemplate(settings.templat) ?? findTemplate(DEFAULT_TEMPLATE_NAME)!;
}

/**
 * The submission for the last check with the pane's settings: the period, programme and declared income
 * are the budget's (tab Anggaran), the village code the check's. Counts of left-out rows per reason come
 * largest first, with their Indonesian names.
 */
export function previewSubmission(result: CheckResult, template: SubmissionTemplate, settings: PaneSettings): SubmissionPreview {
  let submission: Submission;
  try {
    submission = buildSubmission(result, template, {
      year: settings.check.tahun,
      startMonth: settings.budget.startMonth,
      months: settings.budget.months,
      withJht: settings.budget.withJht,
      declaredIncome: settings.budget.declaredIncome,
      kodeDesa: settings.check.kodeDesa,
    });
  } catch (error) {
    if (error instanceof SubmissionOptionsError) return { ok: false, message: error.message };
    throw error;
  }
  const excludedBy = (Object.entries(submission.rejectedByCode) as Array<[RejectionCode, number]>)
    .map(([code, count]) => ({ code, label: rejectionLabel(code), count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { ok: true, submission, excludedBy };
}
