import fc from "fast-check";
import { DtksExtractReader, extractKind } from "../../../src/domain/dtks/read-dtks-extract";
import { ANGGOTA_HEADER, anggotaRow, KELUARGA_HEADER, keluargaRow, part, readPart } from "./extract-fixtures";

describe("recognising an extract by its columns", () => {
  it("a DTSEN family file: No. KK with desil and PBI, and no member NIK", () => {
    const p = part("keluarga_dtsen_v3_2026_61.04.csv", [KELUARGA_HEADER, keluargaRow("6104010101100001", "BUDI SANTOSO", ["3", "2", "2"])]);
    expect(p.kind).toBe("keluarga");
    expect(p.families).toEqual([
      expect.objectContaining({ row: 2, noKk: "6104010101100001", kepala: "BUDI SANTOSO", desil: { nasional: 3, provinsi: 2, kabupaten_kota: 2 }, pbiNas: true, pbiPemda: false, kodeDesa: "6104012014", alamat: "DUSUN KRAJAN" }),
    ]);
    expect(p.persons).toEqual([]);
  });

  it("the region names of a family file are never read as the person's name", () => {
    const p = part("keluarga.csv", [KELUARGA_HEADER, keluargaRow("6104010101100001", "BUDI SANTOSO", ["3", "2", "2"])]);
    expect(p.mapping.nama?.header).toBe("nama_anggota_keluarga");
    expect(p.mapping.kode_desa?.header).toBe("kode_kelurahan_desa");
  });

  it("a DTSEN member file: NIK, No. KK, birth date and the work columns", () => {
    const p = part("anggota.csv", [
      ANGGOTA_HEADER,
      anggotaRow("6104011708800003", "6104010101100001", "BUDI SANTOSO", "1980-08-17", { status: "Buruh/karyawan/pegawai swasta", bekerja: "Ya" }),
      anggotaRow("6104015203850002", "6104010101100001", "SITI AMINAH", "12-03-1985", { jk: "Perempuan", bekerja: "Tidak", status: "" }),
    ]);
    expect(p.kind).toBe("anggota");
    expect(p.persons[0]).toMatchObject({ nik: "6104011708800003", noKk: "6104010101100001", tanggalLahir: { year: 1980, month: 8, day: 17 }, jenisKelamin: "L", bekerja: true, pekerjaanUtama: "buruh-karyawan", pekerjaan: "PETANI/PEKEBUN", rt: "001" });
    expect(p.persons[1]).toMatchObject({ jenisKelamin: "P", bekerja: false, pekerjaanUtama: undefined });
    expect(p.persons[0]!.desil).toBeUndefined();
  });

  it("the SIKS-NG 'Pemeringkatan Desil' export: title rows, then No KK, NIK, Nama, Desil", () => {
    const p = part("Pemeringkatan Desil.xlsx", [
      ["PEMERINGKATAN DESIL DTSEN"],
      ["DESA KUALA SATONG KECAMATAN MATAN HILIR SELATAN"],
      [],
      ["No", "No KK", "NIK", "Nama", "Desil"],
      ["1", "6104010101100001", "6104011708800003", "BUDI SANTOSO", "3"],
      ["2", "6104010101100001", "6104015203850002", "SITI AMINAH", "Desil 7"],
    ]);
    expect(p.kind).toBe("desil");
    expect(p.headerRow).toBe(4);
    expect(p.persons.map((r) => [r.row, r.nik, r.desil])).toEqual([
      [5, "6104011708800003", { nasional: 3 }],
      [6, "6104015203850002", { nasional: 7 }],
    ]);
  });

  it("a kabupaten BNBA list with only NIK and NAMA", () => {
    const p = part("bnba.xlsx", [["NIK", "NAMA"], ["6104011708800003", "BUDI SANTOSO"]]);
    expect(p.kind).toBe("bnba");
    expect(p.persons).toEqual([expect.objectContaining({ nik: "6104011708800003", nama: "BUDI SANTOSO" })]);
  });

  it("a legacy DTKS sheet with IDDTKS", () => {
    expect(part("dtks.xlsx", [["IDDTKS", "NIK", "NAMA", "DESIL"], ["D1", "6104011708800003", "BUDI", "2"]]).kind).toBe("dtks");
  });

  it("a NIK the extract itself stores as a number is not trusted, and is counted", () => {
    const r = new DtksExtractReader("x", "x", 2026);
    r.push([{ kind: "text", text: "NIK" }, { kind: "text", text: "NAMA" }]);
    r.push([{ kind: "number", value: 6104015203850000 }, { kind: "text", text: "SITI AMINAH" }]);
    const result = r.finish();
    expect(result.ok && result.part.persons[0]).toMatchObject({ nik: undefined, nama: "SITI AMINAH" });
    expect(result.ok && result.part.counts.nikUnreadable).toBe(1);
  });

  it("a file that is not an extract names the columns it has and what is missing", () => {
    const result = readPart("anggaran.xlsx", [["Uraian", "Volume", "Harga Satuan", "Jumlah"], ["Iuran", "1200", "16800", ""]]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("Kolom yang ditemukan: Uraian, Volume, Harga Satuan, Jumlah");
    expect(result.message).toContain("NIK");
    expect(result.message).toContain("No. KK");
  });

  it("desil outside 1–10 and blank desil are counted, not guessed", () => {
    const p = part("desil.xlsx", [
      ["NIK", "Nama", "Desil"],
      ["6104011708800003", "A", "0"],
      ["6104011708800011", "B", "11"],
      ["6104011708800029", "C", ""],
      ["6104011708800037", "D", "4"],
    ]);
    expect(p.counts).toMatchObject({ desilOutOfRange: 2, desilBlank: 1 });
    expect(p.persons.map((r) => r.desil)).toEqual([undefined, undefined, undefined, { nasional: 4 }]);
  });
});

describe("the kind of a header", () => {
  const kinds = ["nik", "no_kk", "nama", "tanggal_lahir", "desil_nasional", "pbi_nas", "status_bekerja", "id_dtks"] as const;
  it("a header with a NIK column is always a person file; one without NIK or name is never usable", () => {
    fc.assert(
      fc.property(fc.subarray([...kinds]), (fields) => {
        const mapping = Object.fromEntries(fields.map((f) => [f, { column: 1, header: f }]));
        const kind = extractKind(mapping);
        if (fields.includes("nik")) expect(kind).not.toBe("keluarga");
        if (!fields.includes("nik") && !fields.includes("nama") && !fields.includes("no_kk")) expect(kind).toBeUndefined();
        if (kind === "keluarga") expect(fields).toContain("no_kk");
      }),
    );
  });
});
