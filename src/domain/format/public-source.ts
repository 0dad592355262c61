import { CONFIDENCE_LABELS, type Confidence } from "../confidence";

/**
 * A source as an official document may show it (RAB for the BPD and the camat, submission for the BPJS branch):
 * the regulation and the publication, without our research notes ("apbdes.md §2", "domain-bpjs.md §5.2"),
 * repository links or web addresses. The full provenance stays in the data files and the README.
 */
export function publicSource(text: string): string {
  return (
    text
      // "(SECONDARY)" in a data file's note: the pane badge's words instead.
      .replace(/\b(UNCONFIRMED|SECONDARY|CONFIRMED)\b/g, (level) => CONFIDENCE_LABELS[level as Confidence])
      // "(domain-bpjs.md §5.2; formulir BPJS …)": the note reference goes, the rest of the parenthesis stays.
      .replace(/\(([^()]*)\)/g, (_all, inner: string) => {
        const kept = inner
          .split(/;\s*/)
          .map((part) => stripped(part))
          .filter((part) => part !== "");
        return kept.length ? `(${kept.join("; ")})` : "";
      })
      .split(/(?<=\.)\s+/)
      .map((sentence) => (/^Lihat\s+[\w-]+\.md\b/i.test(sentence) ? "" : stripped(sentence)))
      .filter((s) => s !== "")
      .join(" ")
      .replace(/\s+([,.;)])/g, "$1")
      .replace(/,\s*,/g, ",")
      .replace(/\s{2,}/g, " ")
      .trim()
  );
}

const NOTE = /\b[\w-]+\.md(\s*§\s*[\d.]+(-[\d.]+)?)?,?/g;
const LINK = /(\b(www\.)?github\.com\/\S+|\b[\w-]+\/[\w.-]+\/[\w./-]+\.(php|js|ts)\b|\b[\w-]+\.html\b|\b[A-Za-z]\w*\/[a-z][\w-]+\b)/g;

function stripped(text: string): string {
  return text.replace(LINK, "").replace(NOTE, "").replace(/\s*,\s*(?=[,)]|$)/g, "").replace(/\(\s*\)/g, "").trim();
}
