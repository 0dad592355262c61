export type {
  SubmissionValue,
  RejectionCode,
  RejectionReason,
  RejectedRow,
  EmptiedValue,
  SubmissionOptions,
  ResolvedSubmissionOptions,
  BuiltExtraSheet,
  Submission,
} from "./submission";
export { SubmissionOptionsError, submissionOptionsSchema } from "./submission";
export { buildSubmission } from "./build-submission";
export type { SubmissionContext } from "./describe-submission";
export { describeSubmission, PRIVACY_NOTE } from "./describe-submission";
export type {
  SourceKey,
  SourceSpec,
  SubmissionTemplate,
  SubmissionTemplateInput,
  TemplateColumn,
  TemplateValue,
  ExtraSheet,
  TemplateParseResult,
} from "./template-schema";
export {
  SOURCES,
  SOURCE_KEYS,
  DATE_FORMATS,
  MONTH_FORMATS,
  SEX_FORMATS,
  PHONE_FORMATS,
  PROGRAM_FORMATS,
  REGION_FORMATS,
  DEFAULT_FORMATS,
  COMPANION_SHEETS,
  templateSchema,
  parseTemplate,
  templateProblemMessage,
} from "./template-schema";
export { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_NAME, findTemplate, describeTemplates } from "./templates";
export type { SubmissionSheetLayout } from "./submission-layout";
export { submissionLayouts, withKeyValueRow, SUBMISSION_HEADER_FILL } from "./submission-layout";
