import fc from "fast-check";
import {
  buildSubmission,
  describeSubmission,
  findTemplate,
  parseTemplate,
  SubmissionOptionsError,
  type Submission,
  type SubmissionTemplate,
  type SubmissionTemplateInput,
} from "../../../src/domain/ekspor";
import { BUDI, check, OPTIONS_2026, PAPUA_KK, PAPUA_NIK, SITI, YOHANA } from "./fixtures";

const BPU = findTemplate("bpu-kolektif")!;
const SIPP = findTemplate("sipp-data-tk-baru")!;
const OPENSID = findTemplate("opensid-program-bantuan")!;

function template(columns: SubmissionTemplateInput["columns"], extra: Partial<SubmissionTemplateInput> = {}): SubmissionTemplate {
  const parsed = parseTemplate({ name: "uji", label: "Uji", versi: "1", sumber: "templat untuk pengujian", keyakinan: "UNCONFIRMED", sheetName: "Data", columns, ...extra });
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.template;
}

/** The exported row of `nik` as header -> value. */
function rowOf(submission: Submission, nik: string): Record<string, unknown> {
  const nikColumn = submission.columns.findIndex((c) => c.source === "nik");
  const row = submission.rows.find((r) => r[nikColumn] === nik);
  if (!row) throw new Error(`NIK ${nik} not exported`);
  return Object.fromEntries(submission.headers.map((h, i) => [h, row[i]]));
}

describe("building the BPJS submission", () => {
  it("an eligible worker becomes one row in the template's columns, with the NIK as 16-digit text and the name in capitals as on the KTP", () => {
    const s = buildSubmission(check([BUDI]), BPU, OPTIONS_2026);
    expect(s.included).toBe(1);
    expect(s.rejected).toEqual([]);
    expect(rowOf(s, BUDI.nik)).toEqual({
      No: 1,
      NIK: "6101011708800003",
      "Nama Lengkap": "BUDI SANTOSO",
      "Tempat Lahir": "Sambas",
      "Tanggal Lahir": "17-08-1980",
      "Jenis Kelamin": "L",
      Alamat: "Jl. Mawar No. 3, RT 001/RW 002, Krajan",
      "No. HP": "081234567890",
      "Jenis Pekerjaan": "Petani",
      "Penghasilan Dilaporkan": 1000000,
      Program: "JKK+JKM",
      "Periode Iuran": "2026-01 s.d. 2026-12",
      "No. KK": "6101012001100007",
    });
  });

  it("a Papua NIK above 2^53 and its No. KK come out digit for digit", () => {
    const row = rowOf(buildSubmission(check([YOHANA]), BPU, OPTIONS_2026), PAPUA_NIK);
    expect(row.NIK).toBe("9171014101900001");
    expect(row["No. KK"]).toBe(PAPUA_KK);
  });

  it("the birth date and sex come from the NIK when the row leaves them empty", () => {
    const row = rowOf(buildSubmission(check([{ ...YOHANA, jenis_kelamin: "" }]), BPU, OPTIONS_2026), PAPUA_NIK);
    expect(row["Tanggal Lahir"]).toBe("01-01-1990");
    expect(row["Jenis Kelamin"]).toBe("P");
  });

  it("rows with error-level findings are not exported but listed with their row, name, NIK as written and the reasons with codes", () => {
    const s = buildSubmission(check([BUDI, { ...SITI, nik: "610101450385" }, { ...BUDI, nik: "", nama: "Tanpa NIK" }]), BPU, OPTIONS_2026);
    expect(s.included).toBe(1);
    expect(s.rejected).toEqual([
      { row: 3, nama: "Siti Aminah", nikShown: "610101450385", reasons: [expect.objectContaining({ code: "NIK_FORMAT", message: expect.stringContaining("16 digit") })] },
      { row: 4, nama: "Tanpa NIK", nikShown: "", reasons: [expect.objectContaining({ code: "NIK_MISSING" })] },
    ]);
    expect(s.rejectedByCode).toEqual({ NIK_FORMAT: 1, NIK_MISSING: 1 });
  });

  it("a NIK that Excel turned into a number is rejected and shown as the village sees it", () => {
    const s = buildSubmission(check([{ ...BUDI, nik: 6101011708800000 }]), BPU, OPTIONS_2026);
    expect(s.rejected[0]).toMatchObject({ nikShown: "6101011708800000", reasons: [expect.objectContaining({ code: "NIK_PRECISION_LOST" })] });
  });

  it("both rows of a duplicated NIK are rejected: only the secretary knows which one is right", () => {
    const s = buildSubmission(check([BUDI, { ...BUDI, nama: "Budi S." }]), BPU, OPTIONS_2026);
    expect(s.included).toBe(0);
    expect(s.rejected.map((r) => r.reasons[0]!.code)).toEqual(["NIK_DUPLICATE", "NIK_DUPLICATE"]);
  });

  it("no row is ever dropped silently: every row is exported or rejected, exactly once", () => {
    const niks = [BUDI.nik, SITI.nik, PAPUA_NIK, "123", "", "6101013508800003"];
    const arbitraryRow = fc.record({
      nik: fc.constantFrom(...niks),
      nama: fc.constantFrom("Ani", "", "=1+1", "Budi"),
      penghasilan: fc.constantFrom("", "1000000", "seribu", "50.000.000", "Rp 2,5 juta"),
      no_hp: fc.constantFrom("", "0812345678", "12"),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 12 }), fc.constantFrom(BPU, SIPP, OPENSID), (rows, t) => {
        const result = check(rows, ["nik", "nama", "penghasilan", "no_hp"]);
        const s = buildSubmission(result, t, { ...OPTIONS_2026, kodeDesa: "61.01.01.2001" });
        const seen = [...s.sourceRows, ...s.rejected.map((r) => r.row)].sort((a, b) => a - b);
        expect(seen).toEqual(result.workers.map((w) => w.row));
        expect(s.included + s.rejected.length).toBe(rows.length);
        for (const r of s.rejected) expect(r.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it("a required column the row cannot fill rejects the row with the column's name", () => {
    const t = template([
      { header: "NIK", source: "nik", wajib: true },
      { header: "NAMA_IBU_KANDUNG", source: "nama_ibu", wajib: true },
    ]);
    const s = buildSubmission(check([BUDI, { ...SITI, nama_ibu: "Fatimah" }]), t, OPTIONS_2026);
    expect(s.rows).toEqual([[SITI.nik, "Fatimah"]]);
    expect(s.rejected).toEqual([
      {
        row: 2,
        nama: "Budi Santoso",
        nikShown: BUDI.nik,
        reasons: [{ code: "REQUIRED_VALUE_MISSING", message: expect.stringContaining("Kolom wajib NAMA_IBU_KANDUNG (templat uji) kosong") }],
      },
    ]);
  });

  it("the numbering has no gaps where rows were rejected", () => {
    const s = buildSubmission(check([BUDI, { ...SITI, nik: "1" }, YOHANA]), BPU, OPTIONS_2026);
    expect(s.rows.map((r) => r[0])).toEqual([1, 2]);
  });

  describe("penghasilan dilaporkan", () => {
    it("an empty income is reported at the default Rp 1.000.000", () => {
      expect(rowOf(buildSubmission(check([YOHANA]), BPU, OPTIONS_2026), PAPUA_NIK)["Penghasilan Dilaporkan"]).toBe(1000000);
    });

    it("an income as villages type it is exported as the number of rupiah", () => {
      expect(rowOf(buildSubmission(check([{ ...BUDI, penghasilan: "Rp 2,5 juta" }]), BPU, OPTIONS_2026), BUDI.nik)["Penghasilan Dilaporkan"]).toBe(2_500_000);
    });

    it("an income above the top Lampiran II level rejects the row instead of being clamped", () => {
      const s = buildSubmission(check([{ ...BUDI, penghasilan: "50.000.000" }]), BPU, OPTIONS_2026);
      expect(s.rejected[0]!.reasons).toEqual([{ code: "INCOME_OUT_OF_RANGE", message: expect.stringContaining("di atas tingkat tertinggi") }]);
    });

    it("an income below Rp 1.000.000 is reported at the lowest level, with an info on the row and a note naming it", () => {
      const result = check([{ ...BUDI, penghasilan: "Rp 750.000" }, SITI]);
      expect(result.workers[0]!.findings).toContainEqual(expect.objectContaining({ code: "INCOME_OUT_OF_RANGE", severity: "info" }));
      const s = buildSubmission(result, BPU, OPTIONS_2026);
      expect(s.rejected).toEqual([]);
      expect(rowOf(s, BUDI.nik)["Penghasilan Dilaporkan"]).toBe(1_000_000);
      expect(s.notes).toContain(
        `1 baris berpenghasilan di bawah Rp 1.000.000 dilaporkan pada tingkat terendah Lampiran II PP 44/2015 (Rp 1.000.000); iurannya dihitung dari Rp 1.000.000: baris ${result.workers[0]!.row}.`,
      );
    });

    it("an income that is not a number rejects the row even though the check only warned about it", () => {
      const result = check([{ ...BUDI, penghasilan: "seribu" }]);
      expect(result.workers[0]!.eligible).toBe(true);
      const s = buildSubmission(result, BPU, OPTIONS_2026);
      expect(s.rejected[0]!.reasons).toEqual([{ code: "INCOME_INVALID", message: expect.stringContaining('"seribu" bukan angka rupiah') }]);
    });

    it("the SIPP UPAH column writes the income as text, as SIPP wants every cell", () => {
      expect(rowOf(buildSubmission(check([BUDI]), SIPP, OPTIONS_2026), BUDI.nik).UPAH).toBe("1000000");
    });

    it("a template may ask for the Lampiran II base instead of the declared income", () => {
      const t = template([{ header: "NIK", source: "nik" }, { header: "DASAR", source: "dasar_penghasilan", text: false }]);
      expect(buildSubmission(check([{ ...BUDI, penghasilan: "1.150.000" }]), t, OPTIONS_2026).rows[0]).toEqual([BUDI.nik, 1_200_000]);
    });
  });

  describe("programme and period", () => {
    it("the period may run into the next year", () => {
      const s = buildSubmission(check([BUDI]), BPU, { ...OPTIONS_2026, startMonth: 7, months: 12 });
      expect(rowOf(s, BUDI.nik)["Periode Iuran"]).toBe("2026-07 s.d. 2027-06");
      expect(s.period).toEqual({ from: "2026-07", to: "2027-06", months: 12 });
    });

    it("JHT is added to the programme when chosen", () => {
      const s = buildSubmission(check([BUDI]), BPU, { ...OPTIONS_2026, withJht: true });
      expect(rowOf(s, BUDI.nik).Program).toBe("JKK+JKM+JHT");
      expect(s.program).toBe("JKK+JKM+JHT");
    });

    it("the SIPP membership date is the first day of the first month, and its location code comes from the village code", () => {
      const row = rowOf(buildSubmission(check([BUDI]), SIPP, { ...OPTIONS_2026, startMonth: 4, kodeDesa: "61.01.01.2001" }), BUDI.nik);
      expect(row.TANGGAL_KEPESERTAAN).toBe("01-04-2026");
      expect(row.LOKASI_PEKERJAAN).toBe("6101");
      expect(row.NOMOR_IDENTITAS).toBe(BUDI.nik);
      expect(row["JENIS KELAMIN"]).toBe("L");
      expect(row.KODE_NEGARA).toBe("ID");
      expect(row.NAMA_TENGAH).toBeNull();
    });

    it("without a village code an optional location column is left empty, and the file says why", () => {
      const s = buildSubmission(check([BUDI]), SIPP, OPTIONS_2026);
      expect(rowOf(s, BUDI.nik).LOKASI_PEKERJAAN).toBeNull();
      expect(s.notes).toEqual([expect.stringContaining("LOKASI_PEKERJAAN (kode wilayah) dibiarkan kosong")]);
    });

    it("a required location column without a village code stops the export and names the option", () => {
      const t = template([{ header: "NIK", source: "nik" }, { header: "LOKASI", source: "kode_wilayah", wajib: true }]);
      expect(() => buildSubmission(check([BUDI]), t, OPTIONS_2026)).toThrow(new SubmissionOptionsError("Templat uji mewajibkan kolom LOKASI (kode wilayah). Sebutkan kode desa, mis. --desa 61.04.01.2014."));
    });

    it("options out of range are refused in Indonesian", () => {
      expect(() => buildSubmission(check([BUDI]), BPU, { ...OPTIONS_2026, startMonth: 13 })).toThrow("Bulan mulai 1 (Januari) sampai 12 (Desember)");
      expect(() => buildSubmission(check([BUDI]), BPU, { ...OPTIONS_2026, months: 0 })).toThrow("Jumlah bulan minimal 1");
    });

    it("takes the budget's names, bounds and defaults: a year alone is January–December at Rp 1.000.000", () => {
      const s = buildSubmission(check([YOHANA]), BPU, { year: 2027 });
      expect(s.period).toEqual({ from: "2027-01", to: "2027-12", months: 12 });
      expect(s.declaredIncome).toBe(1_000_000);
      expect(rowOf(s, PAPUA_NIK)["Penghasilan Dilaporkan"]).toBe(1_000_000);
      expect(() => buildSubmission(check([BUDI]), BPU, { ...OPTIONS_2026, year: 1999 })).toThrow("Tahun anggaran paling awal");
      expect(() => buildSubmission(check([BUDI]), BPU, { ...OPTIONS_2026, months: 61 })).toThrow("Jumlah bulan paling banyak 60");
    });

    it("a file over the receiver's row limit carries a note to split it", () => {
      const t = template([{ header: "NIK", source: "nik" }], { maxRows: 1 });
      expect(buildSubmission(check([BUDI, SITI]), t, OPTIONS_2026).notes).toEqual([expect.stringContaining("paling banyak 1 baris per berkas")]);
    });
  });

  describe("value formats", () => {
    it("sex can be written L/P, LAKI-LAKI/PEREMPUAN or 1/2", () => {
      const t = template([
        { header: "NIK", source: "nik" },
        { header: "A", source: "jenis_kelamin", format: "L/P" },
        { header: "B", source: "jenis_kelamin", format: "LAKI-LAKI/PEREMPUAN" },
        { header: "C", source: "jenis_kelamin", format: "1/2" },
      ]);
      expect(buildSubmission(check([BUDI, SITI]), t, OPTIONS_2026).rows.map((r) => r.slice(1))).toEqual([
        ["L", "LAKI-LAKI", "1"],
        ["P", "PEREMPUAN", "2"],
      ]);
    });

    it("a phone typed as +62 is written 08… (or 628…), never with a leading plus", () => {
      const t = template([{ header: "NIK", source: "nik" }, { header: "HP", source: "no_hp" }, { header: "HP62", source: "no_hp", format: "628" }]);
      expect(buildSubmission(check([SITI]), t, OPTIONS_2026).rows[0]).toEqual([SITI.nik, "081298765432", "6281298765432"]);
    });

    it("an invalid phone in an optional column is left empty and listed, not silently lost", () => {
      const s = buildSubmission(check([{ ...BUDI, no_hp: "0534-3031234" }]), BPU, OPTIONS_2026);
      expect(rowOf(s, BUDI.nik)["No. HP"]).toBeNull();
      expect(s.emptied).toEqual([{ row: 2, header: "No. HP", code: "PHONE_INVALID", message: expect.stringContaining("0534-3031234") }]);
    });

    it("dates follow the template: yyyy-mm-dd for OpenSID", () => {
      expect(rowOf(buildSubmission(check([BUDI]), OPENSID, OPTIONS_2026), BUDI.nik)["Tanggal Lahir"]).toBe("1980-08-17");
    });

    it("the address is not repeated when the village already wrote RT/RW and dusun into it", () => {
      const row = rowOf(buildSubmission(check([{ ...SITI, rt: "3", rw: "1", dusun: "Sungai Baru", desa: "Sukamaju" }]), BPU, OPTIONS_2026), SITI.nik);
      expect(row.Alamat).toBe("Dusun Sungai Baru RT 3 RW 1, Sukamaju");
    });

    it("the mother's name column is left out when nobody has one, and kept when someone does", () => {
      expect(buildSubmission(check([BUDI]), BPU, OPTIONS_2026).headers).not.toContain("Nama Ibu Kandung");
      const s = buildSubmission(check([BUDI, { ...SITI, nama_ibu: "Fatimah" }]), BPU, OPTIONS_2026);
      expect(s.headers).toContain("Nama Ibu Kandung");
      expect(rowOf(s, BUDI.nik)["Nama Ibu Kandung"]).toBeNull();
    });
  });

  it("the OpenSID Program sheet carries the year, programme and period, with Y-m-d dates", () => {
    const s = buildSubmission(check([BUDI]), OPENSID, { ...OPTIONS_2026, startMonth: 4, months: 9 });
    expect(s.extraSheets).toEqual([
      {
        name: "Program",
        position: "before",
        rows: [
          ["id", ""],
          ["Nama Program", "Pekerja Rentan BPJS Ketenagakerjaan 2026"],
          ["Sasaran Program", "1"],
          ["Keterangan", "Iuran JKK+JKM peserta BPU, periode April–Desember 2026, Gerakan 1 Desa 100 Pekerja Rentan"],
          ["Asal Dana", "Dana Desa"],
          ["Rentang Waktu (Awal)", "2026-04-01"],
          ["Rentang Waktu (Akhir)", "2026-12-31"],
        ],
      },
    ]);
  });

  it("the Keterangan text names the template and its confidence, the period, the programme, the counts and the privacy note", () => {
    const s = buildSubmission(check([BUDI, { ...SITI, nik: "1" }]), BPU, OPTIONS_2026);
    const text = describeSubmission(s, { sourceFile: "desa.xlsx", generatedAt: "23-11-2026 10:00" }).map(([k, v]) => `${k}: ${v}`).join("\n");
    expect(text).toContain("bpu-kolektif, versi 2026.1");
    expect(text).toContain("Belum terkonfirmasi");
    expect(text).not.toMatch(/UNCONFIRMED|SECONDARY|\.md\b|§|github/);
    expect(text).toContain("Januari–Desember 2026 (12 bulan)");
    expect(text).toContain("JKK + JKM (tanpa JHT)");
    expect(text).toContain("Jumlah diekspor: 1 pekerja");
    expect(text).toContain("Jumlah ditolak: 1 baris");
    expect(text).toContain("Rp 1.000.000");
    expect(text).toContain("Dibuat: 23-11-2026 10:00");
    expect(text).toContain("simpan dan kirim hanya lewat saluran resmi");
  });
});
