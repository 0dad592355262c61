/**
 * What the Kemendagri region-code editions since 2016 say about codes that are *not* in today's list.
 * Editions compared: Permendagri 56/2015, 137/2017, 72/2019 (+ Kepmendagri 146.1-4717/2020),
 * Permendagri 58/2021, Kepmendagri 100.1.1-6117/2022 and 300.2.2-2138/2025, as archived by
 * github.com/cahyadsn/wilayah (db/archive/wilayah_{2016,2018,2020,2022,2023}.sql and db/wilayah.sql).
 */

/**
 * Every province code of every edition. None was ever dropped: the editions only added codes
 * (65 Kalimantan Utara in 2012; 93–96 for the Papua provinces formed in 2022). A NIK starting with
 * any other two digits cannot have been issued: it is a typing error.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
  "31", "32", "33", "34", "35", "36",
  "51", "52", "53",
  "61", "62", "63", "64", "65",
  "71", "72", "73", "74", "75", "76",
  "81", "82",
  "91", "92", "93", "94", "95", "96",
]);

/**
 * The provinces whose regency and district codes moved when Papua Selatan (93), Papua Tengah (94),
 * Papua Pegunungan (95) and Papua Barat Daya (96) were formed in 2022 (UU 14, 15, 16/2022 and
 * UU 29/2022). The 26 regency and 594 district codes dropped between the 2016 and 2025 editions are
 * all in these two provinces, e.g. 91.01 Kab. Merauke (now 93.01), 92.01 Kab. Sorong (now 96.01).
 * A NIK issued before the split keeps its old code, so there an unknown code may well be right.
 */
export const PROVINCES_WITH_OLD_CODES: ReadonlySet<string> = new Set(["91", "92"]);
