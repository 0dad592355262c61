/**
 * Preview build only (webpack --env preview; never in dist/): runs after the local office.js and
 * before the pane's bundle, and makes the page behave as if it were inside Excel on the web, with
 * the simulated workbook in place of a real one.
 *
 * - `window.Excel` is the simulated Excel (`run`, `createWorkbook`).
 * - `Office.onReady` still waits for the real office.js to initialise, then reports host "Excel"
 *   and installs `Office.context.requirements` for the simulated API level.
 * - `CustomFunctions.associate` stands in for the custom-functions runtime: it records each function
 *   in `window.__customFunctions` (by id, e.g. "NIK_WILAYAH"), so a test can call it as Excel would.
 * - The workbook is seeded from `window.__FAKE_EXCEL_SEED__` (set by the test before the page
 *   loads) or a small demo list; `window.__fakeExcel.workbook` lets the test read it back.
 * - `?fake=0` leaves the page as office.js alone makes it: outside Excel.
 */
import { createFakeExcel, type WorkbookSeed } from "./fake-excel";

declare global {
  interface Window {
    __FAKE_EXCEL_SEED__?: WorkbookSeed;
    __fakeExcel?: ReturnType<typeof createFakeExcel>;
    __customFunctions?: Record<string, (...args: unknown[]) => unknown>;
  }
}

const DEMO_SEED: WorkbookSeed = {
  sheets: [
    {
      name: "Data Pekerja",
      cells: [
        ["No", "NIK", "Nama Lengkap", "Tgl Lahir", "L/P", "Pekerjaan", "No HP", "Dusun"],
        [1, { v: "3204110101900001", f: "@" }, "Siti Aminah", { v: 32874, f: "dd/mm/yyyy" }, "P", "Petani", { v: "081234567890", f: "@" }, "Krajan"],
        [2, 3204110101900002, "Budi Santoso", { v: 29221, f: "dd/mm/yyyy" }, "L", "Buruh tani", { v: "0812345", f: "@" }, "Krajan"],
        [3, { v: "320411010190", f: "@" }, "Wati", { e: "#N/A" }, "P", "Pedagang", "", "Sukamaju"],
      ],
    },
    { name: "DTKS", cells: [["NIK", "Nama", "Desil"]] },
  ],
};

function install(): void {
  const fake = createFakeExcel(window.__FAKE_EXCEL_SEED__ ?? DEMO_SEED);
  window.__fakeExcel = fake;
  (window as unknown as { Excel: unknown }).Excel = fake.Excel;
  const associated: Record<string, (...args: unknown[]) => unknown> = {};
  window.__customFunctions = associated;
  (window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void (associated[id] = fn),
    // What a function throws to show #VALUE!/#N/A with a message (CustomFunctionsRuntime 1.2).
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };

  const office = (window as unknown as { Office: { onReady: (...args: never[]) => unknown; context?: Record<string, unknown> } }).Office;
  const realOnReady = office.onReady.bind(office) as () => Promise<unknown>;
  office.onReady = (callback?: (info: unknown) => unknown) =>
    realOnReady().then(async (info) => {
      const context = (office.context ??= {});
      context.requirements = { isSetSupported: (set: string, version: string) => fake.supports(set, version) };
      const inExcel = { ...(info as object), host: "Excel", platform: fake.workbook.platform };
      context.platform = fake.workbook.platform;
      if (callback) await callback(inExcel);
      return inExcel;
    });
}

if (new URLSearchParams(window.location.search).get("fake") !== "0") install();
