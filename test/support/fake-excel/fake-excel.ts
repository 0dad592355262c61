import { FakeRequestContext } from "./client-object";
import { WorkbookProxy } from "./proxies";
import { FakeWorkbook, type WorkbookSeed } from "./workbook-model";

export { FakeRichApiError } from "./client-object";
export { FakeWorkbook, type CellSeed, type SheetSeed, type WorkbookSeed } from "./workbook-model";

/** The request context handed to `Excel.run` batches. */
export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: WorkbookProxy;

  constructor(model: FakeWorkbook) {
    super(model);
    this.workbook = new WorkbookProxy(this);
  }
}

export interface FakeExcel {
  /** Stands in for the global `Excel` namespace: `run` and `createWorkbook`. */
  readonly Excel: {
    run<T>(batch: (context: FakeExcelContext) => Promise<T>): Promise<T>;
    createWorkbook(base64File?: string): Promise<void>;
  };
  readonly workbook: FakeWorkbook;
  /** `Office.context.requirements.isSetSupported` for this simulated host. */
  supports(set: string, version: string): boolean;
}

/**
 * A simulated Excel for tests and the preview build, seeded from plain JSON. It honours the
 * Office.js proxy rules (load + sync before reading; commands applied in order at sync; *OrNullObject;
 * the 5 MB payload limit of Excel on the web) and counts round trips in `workbook.syncs`.
 */
export function createFakeExcel(seed: WorkbookSeed): FakeExcel {
  const workbook = new FakeWorkbook(seed);
  return {
    workbook,
    supports: (set, version) => workbook.supports(set, version),
    Excel: {
      async run(batch) {
        const context = new FakeExcelContext(workbook);
        const result = await batch(context);
        // Excel.run sends whatever the batch left queued.
        if (context.pending) await context.sync();
        return result;
      },
      async createWorkbook(base64File) {
        if (!workbook.supports("ExcelApi", "1.8")) throw new TypeError("Excel.createWorkbook is not a function");
        workbook.createdWorkbooks.push(base64File ?? "");
      },
    },
  };
}
