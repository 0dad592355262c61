/**
 * Bundled with functions.ts in the `functions` entry (webpack.config.js), and run first: gives the
 * formulas the Kemendagri district list. The index is built the first time a formula asks for a
 * district (NIK_WILAYAH, NIK_CEK), not while Excel starts the add-in.
 *
 * functions.ts itself imports no bundled data, so tests and the bench load it in Node and hand it
 * the list from disk (src/adapters/node/load-wilayah.ts).
 */
import { forgetDtksIndexes } from "./dtks-index";
import { useRegions } from "./formulas";
import { regionIndex } from "./region-data";

useRegions({ lookupDistrict: (code) => regionIndex().lookupDistrict(code), regencyOf: (code) => regionIndex().regencyOf(code) });

/**
 * In Excel (the shared runtime), any change to a worksheet forgets the DTKS indexes, so the next
 * `=DESA.CEK_DTKS` sees the extract as it is now (`WorksheetCollection.onChanged`, ExcelApi 1.9).
 * Where events are not available the fingerprint in dtks-index.ts still tells sources apart.
 */
function forgetDtksOnChange(): void {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return;
  void Office.onReady(async () => {
    if (!Office.context?.requirements?.isSetSupported("ExcelApi", "1.9")) return;
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.onChanged.add(async () => forgetDtksIndexes());
        await context.sync();
      });
    } catch {
      // Without events the fingerprint alone decides; nothing for the user to do.
    }
  });
}

forgetDtksOnChange();
