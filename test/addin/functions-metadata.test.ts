/**
 * functions.json as custom-functions-metadata generates it from the JSDoc in src/functions: a change to
 * a formula's name, parameters or help text shows up here and must be accepted with `jest -u`.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Metadata {
  readonly functions: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly options?: { readonly volatile?: boolean; readonly stream?: boolean; readonly cancelable?: boolean };
    readonly parameters: ReadonlyArray<{ readonly name: string; readonly description?: string; readonly type: string; readonly optional?: boolean }>;
  }>;
}

/** The formulas secretaries get, in this order (the README's DESA.* list). */
const FORMULAS = [
  "PREMI_JKK",
  "PREMI_JKM",
  "PREMI_JHT",
  "PREMI_BPU",
  "ANGGARAN",
  "KUOTA",
  "NIK_VALID",
  "NIK_CEK",
  "NIK_TGL_LAHIR",
  "NIK_JK",
  "NIK_WILAYAH",
  "USIA",
  "CEK_DTKS",
  "TERBILANG",
];

let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([path.resolve(__dirname, "../../src/functions/functions.ts")], true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
});

it("functions.json matches the snapshot", () => {
  expect(metadata).toMatchSnapshot();
});

it("declares every formula of the issue, each with an Indonesian example and help for every parameter", () => {
  expect(metadata.functions.map((f) => f.name)).toEqual(FORMULAS);
  for (const f of metadata.functions) {
    expect(f.id).toBe(f.name);
    expect(f.description).toContain(`Contoh: =DESA.${f.name}(`);
    for (const parameter of f.parameters) expect(parameter.description).toBeTruthy();
  }
});

it("keeps every formula non-volatile and synchronous", () => {
  for (const f of metadata.functions) expect(f.options ?? {}).toEqual({});
});

it("takes a NIK as any, so a NIK typed as a number reaches the formula and is reported as damaged", () => {
  const nikParameters = metadata.functions.flatMap((f) => f.parameters.filter((p) => /^nik/.test(p.name)));
  expect(nikParameters.length).toBeGreaterThanOrEqual(7);
  for (const parameter of nikParameters) expect(parameter.type).toBe("any");
});

it("marks optional arguments optional, so Excel passes null for them", () => {
  const optional = (name: string) => metadata.functions.find((f) => f.name === name)!.parameters.filter((p) => p.optional).map((p) => p.name);
  expect(optional("PREMI_BPU")).toEqual(["penghasilan", "bulan", "dengan_jht", "tanggal"]);
  expect(optional("ANGGARAN")).toEqual(["bulan", "bulan_mulai", "tahun", "dengan_jht", "diskon_pp50", "pekerja_transportasi"]);
  expect(optional("USIA")).toEqual(["per_tanggal"]);
  expect(optional("NIK_WILAYAH")).toEqual([]);
});
