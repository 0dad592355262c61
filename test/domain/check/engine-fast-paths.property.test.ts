/**
 * The check engine's parsers were rewritten for speed (issue 12: ≤ 0,5 s per 100.000 rows). Each
 * rewrite must answer exactly as the version it replaced: the replaced versions are kept here, as
 * they were, and fast-check compares both on random text built from the characters that matter
 * (digits, separators, every kind of white space, letters outside ASCII).
 */
import fc from "fast-check";
import { cellText, isBlank, type RawCell } from "../../../src/domain/cell/raw-cell";
import { cleanText } from "../../../src/domain/check/clean-text";
import { findDuplicateNiks } from "../../../src/domain/check/duplicate-niks";
import type { ParsedRow } from "../../../src/domain/check/parsed-row";
import type { RuleContext } from "../../../src/domain/check/rule-context";
import { finding, type Finding } from "../../../src/domain/finding";
import { groupThousands } from "../../../src/domain/format/group-thousands";
import { type IdReading, readIdText } from "../../../src/domain/nik/read-id-number";
import { parseNikDigits } from "../../../src/domain/nik/nik-parts";
import { nameRule } from "../../../src/domain/rules/identity-rules";
import { nikMatchesRowRule } from "../../../src/domain/rules/nik-rules";
import { type CalendarDate, isRealDate, sameDate } from "../../../src/domain/values/calendar-date";
import { parsePhoneCell, type PhoneReading } from "../../../src/domain/values/parse-phone";
import { parseSexCell, type SexReading } from "../../../src/domain/values/parse-sex";
import { sameHeader } from "../../../src/domain/table/same-header";
import { type NikParts, nikBirthDate } from "../../../src/domain/nik/nik-parts";

// ---- The replaced versions, unchanged --------------------------------------------------------

const SEPARATORS = /[\s\u00a0.\-–'’`]/g;
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;
function oldReadIdText(text: string): IdReading {
  const shown = text.trim();
  if (shown === "" || /^[-–—.\s]+$/.test(shown)) return { status: "missing" };
  if (SCIENTIFIC.test(shown.replace(/\s/g, ""))) return { status: "precision-lost", shown, endsInZero: true };
  const compact = shown.replace(SEPARATORS, "");
  if (/^\d{16}$/.test(compact)) return { status: "ok", digits: compact };
  const digitCount = compact.replace(/\D/g, "").length;
  return { status: "format", shown, digitCount, hasOtherCharacters: /\D/.test(compact) };
}

function oldParseNikDigits(nik: string) {
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  if (!((rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71))) return { ok: false, problem: { kind: "day", rawDay } };
  if (month < 1 || month > 12) return { ok: false, problem: { kind: "month", month } };
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  if (!isRealDate(1900 + yy, month, day) && !isRealDate(2000 + yy, month, day)) return { ok: false, problem: { kind: "calendar", day, month, yy } };
  return {
    ok: true,
    parts: {
      nik,
      provinceCode: nik.slice(0, 2),
      regencyCode: nik.slice(0, 4),
      districtCode: nik.slice(0, 6),
      sex: rawDay > 40 ? "P" : "L",
      birthDay: day,
      birthMonth: month,
      birthYearTwoDigits: yy,
      serial: nik.slice(12),
    },
  };
}

function oldCleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  return t === "" || (t.length < 4 && /^[-–—.]+$/.test(t)) ? undefined : t;
}

function oldPhoneFromText(shown: string): PhoneReading {
  const first = shown.split(/[/;,]|\s{2,}|\bdan\b|\batau\b/i)[0]!.trim();
  const compact = first.replace(/[\s\u00a0.\-()]/g, "");
  let national: string | undefined;
  if (/^\+?62\d+$/.test(compact)) national = "0" + compact.replace(/^\+?62/, "");
  else if (/^0\d+$/.test(compact)) national = compact;
  else if (/^8\d{8,11}$/.test(compact)) return { status: "invalid", shown, reason: "angka 0 di depan tidak ada; tulis 0" + compact };
  if (national === undefined) return { status: "invalid", shown, reason: "bukan nomor telepon (hanya angka, boleh diawali +62)" };
  if (!/^08/.test(national)) return { status: "invalid", shown, reason: "bukan nomor HP (nomor HP diawali 08 atau +628)" };
  if (national.length < 10 || national.length > 13) return { status: "invalid", shown, reason: `panjangnya ${national.length} digit; nomor HP Indonesia 10–13 digit` };
  return { status: "ok", phone: national };
}
function oldParsePhoneText(cellTextValue: string): PhoneReading {
  const text = cellTextValue.trim() === "" ? undefined : cellTextValue.trim();
  if (text === undefined || /^[-–—.\s]+$/.test(text)) return { status: "missing" };
  return oldPhoneFromText(text);
}

/** The name rule's two decisions, as they were made: how many letters, and whether there is a digit. */
function oldNameVerdict(name: string): string | undefined {
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (!name || letters.length === 0) return "NAME_MISSING";
  if (/\d/.test(name) || letters.length < 2) return `NAME_SUSPICIOUS ${/\d/.test(name) ? "angka" : "pendek"}`;
  return undefined;
}

function oldFindDuplicateNiks(rows: readonly ParsedRow[]): Array<[number, Finding]> {
  const seen = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (row.nik.status !== "ok") return;
    const list = seen.get(row.nik.digits);
    if (list) list.push(index);
    else seen.set(row.nik.digits, [index]);
  });
  const out: Array<[number, Finding]> = [];
  for (const [nik, indexes] of seen) {
    if (indexes.length < 2) continue;
    const firstRows = indexes.slice(0, 6).map((i) => rows[i]!.row);
    for (const index of indexes) {
      const own = rows[index]!.row;
      const named = firstRows.filter((r) => r !== own).slice(0, 5);
      const rest = indexes.length - 1 - named.length;
      const more = rest > 0 ? ` … dan ${groupThousands(rest)} baris lainnya` : "";
      out.push([index, finding(own, "nik", "NIK_DUPLICATE", "error", `NIK ${nik} juga tercatat di baris ${named.join(", ")}${more}. Satu orang hanya boleh didaftarkan sekali: hapus atau perbaiki baris yang salah.`)]);
    }
  }
  return out;
}

function oldCellTextOfText(text: string): string | undefined {
  const t = text.trim();
  return t === "" ? undefined : t;
}

const OLD_SEX_WORDS: Readonly<Record<string, "L" | "P">> = {
  l: "L", lk: "L", laki: "L", lakilaki: "L", pria: "L", lelaki: "L", m: "L", male: "L", cowok: "L",
  p: "P", pr: "P", pr_: "P", perempuan: "P", wanita: "P", w: "P", f: "P", female: "P", prp: "P",
};
function oldParseSexText(cellTextValue: string): SexReading {
  const text = oldCellTextOfText(cellTextValue);
  if (text === undefined) return { status: "missing" };
  const sex = OLD_SEX_WORDS[text.toLowerCase().replace(/[^a-z]/g, "")];
  return sex === "L" ? { status: "ok", sex: "L" } : sex === "P" ? { status: "ok", sex: "P" } : { status: "invalid", shown: text };
}

function oldSameHeader(text: string, header: string): boolean {
  if (Math.abs(text.length - header.length) > 4) return false;
  const first = text.charCodeAt(0);
  if (first > 32 && (first | 32) !== (header.charCodeAt(0) | 32)) return false;
  return text.replace(/\s+/g, " ").trim().toLowerCase() === header;
}

/** The date-of-birth half of nikMatchesRowRule, as it decided: the NIK's date with the column's year as the hint. */
function oldNikDobAgrees(fromColumn: CalendarDate, parts: NikParts, on: CalendarDate): boolean {
  const fromNik = nikBirthDate(parts, on, fromColumn.year);
  return fromNik !== undefined && sameDate(fromNik, fromColumn);
}

// ---- Random text from the characters that decide ----------------------------------------------

const WHITE = [" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028"];
const text = (characters: readonly string[], maxLength = 20) => fc.string({ unit: fc.constantFrom(...characters), maxLength });
const digits = "0123456789".split("");
const sixteenDigits = fc.string({ unit: fc.constantFrom(...digits), minLength: 16, maxLength: 16 });

describe("the engine's fast paths answer as the code they replaced", () => {
  it("readIdText: NIK and No. KK text, with separators, spaces, scientific notation and letters", () => {
    const idText = fc.oneof(sixteenDigits, text([...digits, ...WHITE, ".", "-", "–", "'", "’", "`", ",", "e", "E", "+", "a", "Ö", "—"], 24));
    fc.assert(fc.property(idText, (t) => expect(readIdText(t)).toEqual(oldReadIdText(t))), { numRuns: 3000 });
  });

  it("parseNikDigits: 16 digits, and any other text it may be handed", () => {
    const nik = fc.oneof(sixteenDigits, text([...digits, " ", "-", "+", ".", "e", "x"], 18));
    fc.assert(fc.property(nik, (t) => expect(parseNikDigits(t)).toEqual(oldParseNikDigits(t))), { numRuns: 3000 });
  });

  it("cleanText: names and addresses with every kind of white space, dashes and letters outside ASCII", () => {
    const cell = text([...WHITE, "a", "B", "é", "-", "–", "—", ".", "7"], 12);
    fc.assert(fc.property(cell, (t) => expect(cleanText(t)).toEqual(oldCleanText(t))), { numRuns: 5000 });
    expect(cleanText(undefined)).toBeUndefined();
  });

  it("parsePhoneCell: phone text with +62, separators, several numbers and words", () => {
    const phone = fc.oneof(
      text(digits, 14).map((d) => "0" + d),
      text(digits, 13).map((d) => "08" + d),
      text(digits, 14).map((d) => "+62" + d),
      text([...digits, "+", " ", "  ", "/", ";", ",", ".", "-", "(", ")", "\u00a0", " dan ", " atau ", "x"], 20),
    );
    fc.assert(fc.property(phone, (t) => expect(parsePhoneCell({ kind: "text", text: t })).toEqual(oldParsePhoneText(t))), { numRuns: 3000 });
  });

  it("nameRule: the same verdict on ASCII and non-ASCII names, digits and punctuation", () => {
    const name = text(["a", "Z", " ", "'", ".", "1", "é", "Ş", "中", "\u0301", "-"], 10).filter((n) => n !== "");
    const context = {} as RuleContext;
    fc.assert(
      fc.property(name, (n) => {
        const found = nameRule({ row: 2, nama: n, source: { row: 2, cells: { nama: { kind: "text", text: n } } } } as unknown as ParsedRow, context);
        const verdict = found.length === 0 ? undefined : `${found[0]!.code}${found[0]!.code === "NAME_SUSPICIOUS" ? (found[0]!.message.includes("angka") ? " angka" : " pendek") : ""}`;
        expect(verdict).toEqual(oldNameVerdict(n));
      }),
      { numRuns: 3000 },
    );
  });

  it("findDuplicateNiks: the same findings in the same order, with missing NIKs among the rows", () => {
    const nik = fc.oneof(fc.constantFrom("6104010101900001", "6104014202850002", "3204110312700003"), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(nik, { maxLength: 30 }), (niks) => {
        const rows = niks.map((digits, i) => ({ row: i + 5, nik: digits ? { status: "ok", digits } : { status: "missing" } }) as unknown as ParsedRow);
        expect(findDuplicateNiks(rows)).toEqual(oldFindDuplicateNiks(rows));
      }),
      { numRuns: 500 },
    );
  });

  it("cellText: text cells with white space of every kind at either end, or none", () => {
    const cell = text([...WHITE, "a", "Z", "0", "~", "\u007f", "\u0001", "é", "中", "\u200b"], 8);
    fc.assert(fc.property(cell, (t) => expect(cellText({ kind: "text", text: t })).toEqual(oldCellTextOfText(t))), { numRuns: 5000 });
  });

  it("parseSexCell: one character of any kind, and the words villages write", () => {
    const oneCharacter = fc.integer({ min: 0, max: 0x2fff }).map((code) => String.fromCharCode(code));
    const word = fc.oneof(
      oneCharacter,
      fc.constantFrom("L", "P", "l", "p", "M", "W", "F", "x", "Lk", "PR", "Laki-laki", "Perempuan", "pr_", " L ", "L.", "constructor", "\u212a", "İ"),
      text(["l", "P", "a", "k", "i", "-", " ", ".", "\u00a0", "é"], 6),
    );
    fc.assert(fc.property(word, (t) => expect(parseSexCell({ kind: "text", text: t } as RawCell)).toEqual(oldParseSexText(t))), { numRuns: 5000 });
  });

  it("findDuplicateNiks: many different NIKs, some repeated, in the same order as the Map it replaced", () => {
    const pool = fc.array(sixteenDigits, { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(pool, fc.array(fc.nat(), { maxLength: 400 }), (niks, picks) => {
        const rows = picks.map((p, i) => {
          const digits = p % 7 === 0 ? undefined : niks[p % niks.length]!;
          return { row: i + 2, nik: digits ? { status: "ok", digits } : { status: "missing" } } as unknown as ParsedRow;
        });
        expect(findDuplicateNiks(rows)).toEqual(oldFindDuplicateNiks(rows));
      }),
      { numRuns: 300 },
    );
  });

  it("nikMatchesRowRule: a birth date column against the NIK's, the same verdict as before", () => {
    const on = { year: 2026, month: 1, day: 1 };
    const nikOf = fc.record({ rawDay: fc.integer({ min: 1, max: 71 }), month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }) });
    const column = fc.record({ year: fc.integer({ min: 1800, max: 2210 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
    fc.assert(
      fc.property(nikOf, column, fc.boolean(), ({ rawDay, month, yy }, columnDate, copyNik) => {
        const two = (n: number) => String(n).padStart(2, "0");
        const parsed = parseNikDigits(`610401${two(rawDay)}${two(month)}${two(yy)}0001`);
        if (!parsed.ok) return;
        const parts = parsed.parts;
        // Half the time the column is the NIK's own day and month, in some century.
        const date = copyNik ? { year: columnDate.year - (columnDate.year % 100) + parts.birthYearTwoDigits, month: parts.birthMonth, day: parts.birthDay } : columnDate;
        if (!isRealDate(date.year, date.month, date.day)) return;
        const row = { row: 2, nikParts: parts, tanggalLahir: { status: "ok", date }, jenisKelamin: { status: "missing" } } as unknown as ParsedRow;
        const mismatch = nikMatchesRowRule(row, { referenceDate: on } as RuleContext).some((f) => f.code === "NIK_DOB_MISMATCH");
        expect(mismatch).toBe(!oldNikDobAgrees(date, parts, on));
      }),
      { numRuns: 5000 },
    );
  });

  it("isBlank: text cells of white space of every kind, or with something in them", () => {
    const cell = text([...WHITE, "a", "0", "é", "\u200b"], 6);
    fc.assert(fc.property(cell, (t) => expect(isBlank({ kind: "text", text: t })).toBe(t.trim() === "")), { numRuns: 3000 });
  });

  it("sameHeader: cells against a header, in any case and spacing, inside and outside ASCII", () => {
    const header = fc.constantFrom("nik", "nama lengkap", "l/p", "tgl. lahir", "no. hp", "pekerjaan", "rt", "jenis kelamin", "nama ibu kandung");
    const letters = ["N", "n", "a", "M", "I", "k", "K", "l", "L", "/", "p", "P", ".", "e", "j", "r", "t", "İ", "\u212a", "é"];
    const cell = fc.oneof(
      header.chain((h) => fc.constantFrom(h, h.toUpperCase(), ` ${h}`, `${h} `, h.replace(" ", "  "), h.replace(" ", "\n"), h.replace(" ", "\u00a0"), h + "x")),
      text([...letters, " ", "  ", "\t", "\u00a0"], 14),
    );
    fc.assert(fc.property(cell, header, (t, h) => expect(sameHeader(t, h)).toBe(oldSameHeader(t, h))), { numRuns: 5000 });
  });
});
