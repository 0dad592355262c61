import { newWorkbookWhere } from "../../../src/adapters/office/host";

// After Excel.createWorkbook succeeds the pane says where the new workbook went: on a Mac it opens
// behind Excel's window (office-js #6943), on the web in a new browser tab.

describe("where the new workbook opened", () => {
  it("sends a Mac user to the Window menu", () => {
    expect(newWorkbookWhere("Mac")).toContain("di belakang jendela ini");
    expect(newWorkbookWhere("Mac")).toContain("menu Jendela");
  });

  it("tells a web user about the new tab and a pop-up blocker", () => {
    expect(newWorkbookWhere("OfficeOnline")).toMatch(/tab browser baru.*pop-up/);
  });

  it("says nothing it does not know outside Office", () => {
    expect(newWorkbookWhere(undefined)).toBe("");
  });
});
