import type { RegionLookup } from "../../domain/check/rule-context";
import { regionIndex } from "../../functions/region-data";

/**
 * The Kemendagri district list bundled with the add-in (shared with the =DESA.* functions), for the
 * NIK region checks. Indexed the first time a check asks, not while the pane starts. Webpack only:
 * unit tests hand the engine their own list.
 */
export const paneRegions: RegionLookup = {
  lookupDistrict: (code) => regionIndex().lookupDistrict(code),
  // Without it an unknown regency code could only be a warning (an old code is possible).
  regencyOf: (code) => regionIndex().regencyOf(code),
};
