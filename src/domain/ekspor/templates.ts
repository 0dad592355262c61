import bpuKolektif from "./templat/bpu-kolektif.json";
import opensidProgramBantuan from "./templat/opensid-program-bantuan.json";
import sippDataTkBaru from "./templat/sipp-data-tk-baru.json";
import { parseTemplate, templateProblemMessage, type SubmissionTemplate } from "./template-schema";

/** The template used when none is named. */
export const DEFAULT_TEMPLATE_NAME = "bpu-kolektif";

/**
 * The templates shipped in ./templat, parsed when this module loads: a bad edit to one of them fails
 * every test that exports instead of producing a wrong upload file. To add one, drop a JSON file there
 * and list it here; a village can also pass its own file by path without any code.
 */
export const BUILT_IN_TEMPLATES: readonly SubmissionTemplate[] = [bpuKolektif, sippDataTkBaru, opensidProgramBantuan].map((json) => {
  const parsed = parseTemplate(json);
  if (!parsed.ok) throw new Error(templateProblemMessage(String((json as { name?: unknown }).name), parsed.problems));
  return parsed.template;
});

/** A built-in template by its name (case and surrounding spaces ignored). */
export function findTemplate(name: string): SubmissionTemplate | undefined {
  const wanted = name.trim().toLowerCase();
  return BUILT_IN_TEMPLATES.find((t) => t.name === wanted);
}

/** "bpu-kolektif (BPU kolektif …, UNCONFIRMED)" lines, for help texts and the unknown-name message. */
export function describeTemplates(): string[] {
  return BUILT_IN_TEMPLATES.map((t) => `${t.name}: ${t.label} — versi ${t.versi}, keyakinan ${t.keyakinan}`);
}
