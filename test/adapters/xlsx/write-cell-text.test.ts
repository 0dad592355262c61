import { cellText, EXCEL_CELL_LIMIT, sheetNameText, TextCuts, xmlSafeText } from "../../../src/adapters/xlsx/write-cell-text";

describe("text made safe for a cell of a written .xlsx", () => {
  it("ordinary text, tabs and line breaks are left as they are", () => {
    for (const text of ["Budi Santoso", "JOSÉ MUÑOZ", "数据", "baris 1\nbaris 2", "a\tb", "😀 emoji", "x_y_z", "_x12_"]) expect(xmlSafeText(text)).toBe(text);
  });

  it.each([
    ["\u0001", "_x0001_"],
    ["\u000B", "_x000B_"],
    ["\u000C", "_x000C_"],
    ["\u001B", "_x001B_"],
    ["\u0000", "_x0000_"],
    ["\r", "_x000D_"],
    ["\uFFFE", "_xFFFE_"],
    ["\uFFFF", "_xFFFF_"],
    ["\uD800", "_xD800_"],
    ["\uDC00", "_xDC00_"],
  ])("the XML-illegal %j is written as the escape Excel decodes (%s)", (char, escaped) => {
    expect(xmlSafeText(`a${char}b`)).toBe(`a${escaped}b`);
  });

  it("a literal _xHHHH_ is protected, so Excel shows it as typed", () => {
    expect(xmlSafeText("kode _x0041_ dan _xffff_")).toBe("kode _x005F_x0041_ dan _x005F_xffff_");
  });

  it("a surrogate pair stays a pair; only an unpaired half is escaped", () => {
    expect(xmlSafeText("\uD83D\uDE00\uD83D")).toBe("\uD83D\uDE00_xD83D_");
  });

  it("text longer than Excel's 32,767 characters is cut with a note inside the limit, and the cut is reported", () => {
    const lengths: number[] = [];
    const cut = cellText("a".repeat(40_000), (length) => lengths.push(length));
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(cut).toMatch(/ … \[dipotong: 40\.000 karakter, batas sel Excel 32\.767\]$/);
    expect(lengths).toEqual([40_000]);
    expect(cellText("a".repeat(EXCEL_CELL_LIMIT), () => lengths.push(-1))).toHaveLength(EXCEL_CELL_LIMIT);
    expect(lengths).toEqual([40_000]);
  });

  it("a cut never splits a character made of two UTF-16 units", () => {
    const text = "😀".repeat(20_000);
    const cut = cellText(text);
    expect(cut).not.toMatch(/_xD[89AB][0-9A-F]{2}_/);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });

  it("TextCuts names each cut cell by sheet, row and column, in one Indonesian sentence", () => {
    const cuts = new TextCuts();
    expect(cuts.row(["pendek", 5, "x".repeat(33_000)], "Ditolak", 7, ["Nama", "Baris", "Alasan"])).toEqual(["pendek", 5, expect.stringContaining("[dipotong")]);
    expect(cuts.cells).toEqual([{ sheet: "Ditolak", row: 7, column: "Alasan", length: 33_000 }]);
    expect(cuts.describe()).toBe("1 sel lebih panjang dari batas Excel 32.767 karakter dipotong: lembar Ditolak baris 7 kolom Alasan (33.000 karakter). Teks lengkapnya ada di berkas masukan.");
  });

  it("a sheet name drops what XML forbids (Excel decodes no escape there)", () => {
    expect(sheetNameText("Data\u0001 Desa\uFFFE")).toBe("Data Desa");
  });
});
