import { bytesToBase64, csvSheet, decodeCsvBytes, importedSheetName, importKind } from "../../../src/taskpane/dtks/import-file";

describe("importing a DTKS file", () => {
  it("accepts .xlsx and .csv by their extension", () => {
    expect(importKind("DTKS Desa.XLSX")).toBe("xlsx");
    expect(importKind("dtks.csv")).toBe("csv");
    expect(importKind("dtks.xls")).toBeUndefined();
    expect(importedSheetName("dtks_2026 (final).csv")).toBe("Impor dtks_2026 (final)");
  });

  it("writes NIK, KK and ID columns as text, and any column Excel would otherwise change", () => {
    const csv = "IDDTKS;NIK;NO_KK;NAMA;TANGGAL_LAHIR;DESIL;TELEPON;CATATAN\n" + "DTKS01;6104011102940101;6104010801132033;SITI;1994-02-11;3;0812345;=1+1\n";
    const sheet = csvSheet(csv, "Impor dtks");
    expect(sheet.rows[1]).toEqual(["DTKS01", "6104011102940101", "6104010801132033", "SITI", "1994-02-11", "3", "0812345", "=1+1"]);
    // NIK, NO_KK, IDDTKS and the birth date by their headers; the phone for its leading zero; "=1+1" would become a formula.
    expect(sheet.textColumns).toEqual([1, 2, 3, 5, 7, 8]);
    expect(sheet.grid.rows[1]![1]).toEqual({ kind: "text", text: "6104011102940101" });
  });

  it("reads UTF-8 and, failing that, Windows-1252 as Excel writes CSV on Windows", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("NAMA\nSUTARJÉ"))).toBe("NAMA\nSUTARJÉ");
    expect(decodeCsvBytes(Uint8Array.from([0x4e, 0x41, 0x0a, 0xc9]))).toBe("NA\nÉ");
  });

  it("encodes a file larger than one argument list as base64", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
