import { buildDtksExtract, isWorkerTableHeader } from "../../../src/domain/dtks/dtks-extract";
import { ANGGOTA_HEADER, anggotaRow, extractOf, KELUARGA_HEADER, keluargaRow, part } from "./extract-fixtures";

const KK1 = "6104010101100001";
const KK2 = "6104010202100002";
const KK3 = "6104010303100003";

describe("joining the family and member files", () => {
  const extract = extractOf(
    { name: "keluarga.csv", rows: [KELUARGA_HEADER, keluargaRow(KK1, "A", ["2", "2", "2"]), keluargaRow(KK2, "B", ["", "", ""]), keluargaRow(KK3, "C", ["12", "", ""]), keluargaRow(KK1, "A lagi", ["9", "9", "9"])] },
    {
      name: "anggota.csv",
      rows: [
        ANGGOTA_HEADER,
        anggotaRow("6104011708800003", KK1, "A", "1980-08-17"),
        anggotaRow("6104011708800003", KK1, "A dobel", "1980-08-17"),
        anggotaRow("6104015203850002", "6104019999999999", "D", "1985-03-12"),
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "x"],
      ],
    },
  );
  const note = (code: string) => extract.notes.find((n) => n.code === code);

  it("a person takes the first family row of their No. KK", () => {
    expect(extract.index.findByNik("6104011708800003")?.family).toMatchObject({ noKk: KK1, desil: { nasional: 2 } });
  });

  it("counts every problem instead of skipping it silently", () => {
    expect(note("DUPLICATE_NIK")).toMatchObject({ count: 1 });
    expect(note("DUPLICATE_KK")).toMatchObject({ count: 1 });
    expect(note("FAMILY_WITHOUT_MEMBERS")).toMatchObject({ count: 2 });
    expect(note("MEMBER_WITHOUT_FAMILY")).toMatchObject({ count: 1, message: expect.stringContaining("baris 4") });
    expect(note("DESIL_BLANK")).toMatchObject({ count: 1 });
    expect(note("DESIL_OUT_OF_RANGE")).toMatchObject({ count: 1 });
    expect(note("WITHOUT_IDENTITY")).toMatchObject({ count: 1 });
  });

  it("every note is one Indonesian sentence with its count", () => {
    for (const n of extract.notes) expect(n.message).toMatch(/^(\d[\d.]*|Hanya|Ekstrak) .+[.)]$/);
  });
});

describe("telling an extract from the worker table", () => {
  it("the same header texts in the same order are the worker table itself", () => {
    const p = part("Data Pekerja", [["No", "NIK", "Nama", "Tgl. Lahir"], ["1", "6104011708800003", "A", "17-08-1980"]]);
    expect(isWorkerTableHeader(p, ["No", "NIK", "Nama", "Tgl. Lahir"])).toBe(true);
    expect(isWorkerTableHeader(p, ["No", "NIK", "Nama", "Tgl. Lahir", "No. HP"])).toBe(false);
  });
});

describe("building the extract again from the same parts", () => {
  it("a member is never left joined to a family file that is no longer given", () => {
    const keluarga = part("keluarga.csv", [KELUARGA_HEADER, keluargaRow(KK1, "A", ["7", "7", "7"])], 0);
    const anggota = part("anggota.csv", [ANGGOTA_HEADER, anggotaRow("6104011708800003", KK1, "A", "1980-08-17")], 1);
    expect(buildDtksExtract([keluarga, anggota]).index.findByNik("6104011708800003")?.family?.noKk).toBe(KK1);
    expect(buildDtksExtract([{ ...anggota }]).index.findByNik("6104011708800003")?.family).toBeUndefined();
  });
});
