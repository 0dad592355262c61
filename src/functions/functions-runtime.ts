/**
 * Bundled with functions.ts in the `functions` entry (webpack.config.js), and run first: gives the
 * formulas the Kemendagri district list. The index is built the first time a formula asks for a
 * district (NIK_WILAYAH, NIK_CEK), not while Excel starts the add-in.
 *
 * functions.ts itself imports no bundled data, so tests and the bench load it in Node and hand it
 * the list from disk (src/adapters/node/load-wilayah.ts).
 */
import { useRegions } from "./formulas";
import { regionIndex } from "./region-data";

useRegions({ lookupDistrict: (code) => regionIndex().lookupDistrict(code), regencyOf: (code) => regionIndex().regencyOf(code) });
