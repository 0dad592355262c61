import type { Finding } from "../finding";
import type { DesilSource } from "./desil";
import { desilOf, familyDesil, type PersonDesil } from "./desil";
import type { DtksStatus } from "./dtks-match";

/** What a "Status DTKS" cell needs of a checked worker. */
export interface StatusTextInput {
  readonly dtks: DtksStatus;
  readonly findings: readonly Pick<Finding, "code">[];
}

/**
 * A worker's DTKS standing as one cell says it. Only a NIK match under the same name reads "YA";
 * everything that needs the secretary's eye starts with a word that says so:
 * "YA (desil 3)", "YA (desil 7, di atas batas 4)", "PERIKSA (NIK di DTKS atas nama SITI AMINAH)",
 * "COCOK NAMA (NIK DTKS 6104…)", "KK DI DTSEN (desil 2)", "TIDAK DITEMUKAN", "BELUM DICEK".
 */
export function dtksStatusText(worker: StatusTextInput, settings: { readonly desilMaksimal: number; readonly desilSumber: DesilSource }): string {
  const status = worker.dtks;
  if (status.status === "not-found") return "TIDAK DITEMUKAN";
  if (status.status === "not-checked") return "BELUM DICEK";
  const notes: string[] = [];
  const desil = status.status === "found-by-family" ? familyDesil(status.family, settings.desilSumber) : desilOf(status.record, settings.desilSumber);
  if (desil) notes.push(desilNote(desil, settings.desilMaksimal));
  if (worker.findings.some((f) => f.code === "DTKS_WAGE_EARNER")) notes.push("penerima upah menurut DTSEN");
  const withNotes = (word: string, extra: string[] = []) => {
    const all = [...extra, ...notes];
    return all.length ? `${word} (${all.join("; ")})` : word;
  };
  switch (status.status) {
    case "found":
      return status.nameMismatch ? withNotes("PERIKSA", [`NIK di DTKS atas nama ${status.record.nama ?? "lain"}`]) : withNotes("YA");
    case "found-by-family":
      return withNotes("KK DI DTSEN");
    case "found-by-kk":
    case "found-by-name":
      return withNotes("COCOK NAMA", status.record.nik ? [`NIK DTKS ${status.record.nik}`] : []);
  }
}

function desilNote(desil: PersonDesil, maksimal: number): string {
  return desil.value > maksimal ? `desil ${desil.value}, di atas batas ${maksimal}` : `desil ${desil.value}`;
}
