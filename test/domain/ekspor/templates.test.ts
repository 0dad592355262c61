import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_NAME,
  findTemplate,
  parseTemplate,
  type SubmissionTemplateInput,
} from "../../../src/domain/ekspor";

const TEMPLATE_DIR = join(__dirname, "../../../src/domain/ekspor/templat");

const minimal: SubmissionTemplateInput = {
  name: "kc-contoh",
  label: "Templat contoh Kantor Cabang",
  versi: "1",
  sumber: "Contoh dalam pengujian, bukan templat sungguhan",
  keyakinan: "UNCONFIRMED",
  sheetName: "Data",
  columns: [
    { header: "NIK", source: "nik", wajib: true },
    { header: "TGL_LAHIR", source: "tanggal_lahir", format: "dd-mm-yyyy" },
  ],
};

function problemsOf(input: unknown): string {
  const parsed = parseTemplate(input);
  if (parsed.ok) throw new Error("expected the template to be refused");
  return parsed.problems.join("\n");
}

describe("submission templates", () => {
  it.each(readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith(".json")))("the template file %s passes the schema and is named after its file", (file) => {
    const parsed = parseTemplate(JSON.parse(readFileSync(join(TEMPLATE_DIR, file), "utf8")));
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    expect(`${parsed.template.name}.json`).toBe(file);
  });

  it("every template file in the folder is offered as a built-in template", () => {
    const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    expect(BUILT_IN_TEMPLATES.map((t) => t.name).sort()).toEqual(files.sort());
  });

  it("the default BPU kolektif template carries the superset of columns, says it is unconfirmed, and keeps NIK and No. KK as text", () => {
    const t = findTemplate(DEFAULT_TEMPLATE_NAME)!;
    expect(t.keyakinan).toBe("UNCONFIRMED");
    expect(t.versi).toBeTruthy();
    expect(t.columns.map((c) => c.source)).toEqual(
      expect.arrayContaining(["nik", "nama_kapital", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "nama_ibu", "alamat_lengkap", "no_hp", "pekerjaan", "penghasilan", "program", "periode", "no_kk"]),
    );
    for (const c of t.columns.filter((c) => c.source === "nik" || c.source === "no_kk")) expect(c.text).toBe(true);
  });

  it("the SIPP template has the 29 data_tk_baru headers in order A to AC, every cell as text, dd-mm-yyyy dates and L/P", () => {
    const t = findTemplate("sipp-data-tk-baru")!;
    expect(t.sheetName).toBe("data_tk_baru");
    expect(t.columns).toHaveLength(29);
    expect(t.columns[0]!.header).toBe("NO_PEGAWAI");
    expect(t.columns[16]!.header).toBe("NOMOR_IDENTITAS");
    expect(t.columns[28]!.header).toBe("LOKASI_PEKERJAAN");
    expect(t.columns.every((c) => c.text)).toBe(true);
    expect(t.columns.find((c) => c.source === "tanggal_lahir")!.format).toBe("dd-mm-yyyy");
    expect(t.maxRows).toBe(10000);
  });

  it("the OpenSID template has OpenSID's seven Peserta columns, a Program sheet before them, and keeps its sheets alone", () => {
    const t = findTemplate("opensid-program-bantuan")!;
    expect(t.columns.map((c) => c.header)).toEqual(["Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Alamat"]);
    expect(t.extraSheets[0]).toMatchObject({ name: "Program", position: "before" });
    expect(t.extraSheets[0]!.rows.map((r) => r.label)).toEqual(["id", "Nama Program", "Sasaran Program", "Keterangan", "Asal Dana", "Rentang Waktu (Awal)", "Rentang Waktu (Akhir)"]);
    expect(t.companionSheets).toBe("separate-workbook");
  });

  it("a template name is found whatever its case", () => {
    expect(findTemplate("  SIPP-Data-TK-Baru ")?.name).toBe("sipp-data-tk-baru");
    expect(findTemplate("tidak-ada")).toBeUndefined();
  });

  it("a minimal branch-office template needs no more than name, label, version, source, confidence, sheet and columns", () => {
    const parsed = parseTemplate(minimal);
    expect(parsed.ok && parsed.template).toMatchObject({ headerRow: 1, csvDelimiter: ";", companionSheets: "same-workbook" });
    expect(parsed.ok && parsed.template.columns[1]).toMatchObject({ text: true, wajib: false });
  });

  describe("a bad template is refused with an Indonesian message naming the problem", () => {
    it("an unknown date format names the column and lists the formats to choose from", () => {
      const message = problemsOf({ ...minimal, columns: [minimal.columns[0], { header: "TGL_LAHIR", source: "tanggal_lahir", format: "dd.mm.yyyy" }] });
      expect(message).toContain('kolom ke-2 ("TGL_LAHIR"), format');
      expect(message).toContain('format "dd.mm.yyyy" tidak dikenal untuk sumber tanggal_lahir');
      expect(message).toContain("dd-mm-yyyy, yyyy-mm-dd, dd/mm/yyyy");
    });

    it("a NIK column written as a number is refused, because Excel would damage it", () => {
      expect(problemsOf({ ...minimal, columns: [{ header: "NIK", source: "nik", text: false }] })).toMatch(/kolom ke-1 \("NIK"\), text: .*harus sel teks/);
    });

    it("a source outside the closed list is refused with the list", () => {
      const message = problemsOf({ ...minimal, columns: [{ header: "KPJ", source: "kpj" }] });
      expect(message).toContain('kolom ke-1 ("KPJ"), source: harus salah satu dari: nik, no_kk');
    });

    it("a misspelled key is named, so a typo never silently drops a setting", () => {
      expect(problemsOf({ ...minimal, columns: [{ header: "NIK", source: "nik", wajb: true }] })).toContain("kunci tidak dikenal: wajb");
    });

    it("a missing field says it must be filled", () => {
      const { sumber: _omitted, ...rest } = minimal;
      expect(problemsOf(rest)).toContain("sumber: wajib diisi");
    });

    it("a constant column without its text is refused", () => {
      expect(problemsOf({ ...minimal, columns: [{ header: "JENIS_IDENTITAS", source: "konstanta" }] })).toContain("memerlukan \"constant\"");
    });

    it("two columns with the same header are refused, since receivers read columns by header", () => {
      expect(problemsOf({ ...minimal, columns: [{ header: "NIK", source: "nik" }, { header: "nik", source: "no_kk" }] })).toContain("dipakai dua kali");
    });

    it("an extra sheet may not hold a worker's field", () => {
      const message = problemsOf({ ...minimal, extraSheets: [{ name: "Program", rows: [{ label: "NIK", source: "nik" }] }] });
      expect(message).toContain('lembar tambahan ke-1 ("Program"), baris ke-1 ("NIK"), source');
    });

    it("a sheet name Excel cannot hold is refused", () => {
      expect(problemsOf({ ...minimal, sheetName: "Data/2026" })).toContain("sheetName: nama lembar Excel tidak boleh memuat");
    });

    it("the submission sheet may not take the name of the Ditolak sheet", () => {
      expect(problemsOf({ ...minimal, sheetName: "Ditolak" })).toContain("dipakai sendiri oleh aplikasi");
    });

    it("a template that is not an object at all says so", () => {
      expect(problemsOf([])).toContain("templat: harus berupa objek");
    });
  });
});
