import { layoutColumnFormat, layoutNumberFormat, layoutWidth, type SheetLayout } from "../../../src/domain/layout/sheet-layout";

const LAYOUT: SheetLayout = {
  cells: [
    ["NIK", "Nama", "Penghasilan"],
    ["6101011708800003", "Budi", 1_000_000],
    [null, null, 750_000, "catatan"],
  ],
  numberFormats: [[], [], [null, null, "0"]],
  textColumns: [1],
  columnFormats: [null, null, "#,##0"],
  columnWidths: [20, 28],
};

describe("a sheet layout's number formats, as every writer applies them", () => {
  it("keeps a code or a NIK as text: a text value gets '@', and so does an empty cell of a text column", () => {
    expect(layoutNumberFormat(LAYOUT, 1, 0)).toBe("@");
    expect(layoutNumberFormat(LAYOUT, 2, 0)).toBe("@");
    expect(layoutNumberFormat(LAYOUT, 1, 1)).toBe("@");
    expect(layoutNumberFormat(LAYOUT, 2, 1)).toBeNull();
  });

  it("gives a money column its format, a cell's own format first, and a header stays text", () => {
    expect(layoutNumberFormat(LAYOUT, 1, 2)).toBe("#,##0");
    expect(layoutNumberFormat(LAYOUT, 2, 2)).toBe("0");
    expect(layoutNumberFormat(LAYOUT, 0, 2)).toBe("@");
    expect(layoutColumnFormat(LAYOUT, 2)).toBe("#,##0");
    expect(layoutColumnFormat(LAYOUT, 0)).toBe("@");
  });

  it("spans the widest row, width list or column list", () => {
    expect(layoutWidth(LAYOUT)).toBe(4);
    expect(layoutWidth({ cells: [], wrapColumns: [6] })).toBe(6);
  });
});
