import fc from "fast-check";
import { FIELD_NAMES, FIELD_SYNONYMS, normaliseHeader, type FieldName } from "../../../src/domain/fields";
import { headerMatcher, isNumberingHeader, stripHeaderNotes } from "../../../src/domain/table/header-match";

const matcher = headerMatcher(FIELD_SYNONYMS);
const fieldOf = (header: string) => matcher.match(header)?.field;

describe("recognising a column header", () => {
  it.each([
    ["No. KTP", "nik"],
    ["NO_KTP", "nik"],
    ["no ktp", "nik"],
    ["NIK (16 digit)", "nik"],
    ["NIK*", "nik"],
    ["NIK (wajib)", "nik"],
    ["Nomor Induk\nKependudukan", "nik"],
    // The long form as forms abbreviate it, and "Nomer", the spelling many village sheets use.
    ["No. Induk Kependudukan", "nik"],
    ["No Induk Kependudukan (NIK)", "nik"],
    ["Nmr. Induk Kependudukan", "nik"],
    ["Nomer NIK", "nik"],
    ["Nomer KK", "no_kk"],
    ["Nomer Kartu Keluarga", "no_kk"],
    ["Nomer HP", "no_hp"],
    ["Nomer HP/WA", "no_hp"],
    ["NIK Pekerja", "nik"],
    // One column for both, "001/002": read as the RT, and split into RT and RW when there is no RW column.
    ["RT/RW", "rt"],
    ["RT / RW", "rt"],
    ["Tgl. Lahir (dd-mm-yyyy)", "tanggal_lahir"],
    ["Tanggal Lahir [hh/bb/tttt]", "tanggal_lahir"],
    ["Nama\n(sesuai KTP)*", "nama"],
    ["Jenis Kelamin (L/P)", "jenis_kelamin"],
    ["L/P", "jenis_kelamin"],
    ["No. HP/WA", "no_hp"],
    ["Penghasilan per Bulan (Rp)", "penghasilan"],
    ["Padukuhan", "dusun"],
  ] as Array<[string, FieldName]>)("'%s' is the %s column", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it("never takes 'No. KK' for the NIK, nor 'Nama Ibu Kandung' for the name", () => {
    expect(fieldOf("No. KK")).toBe("no_kk");
    expect(fieldOf("No. KK (16 digit)")).toBe("no_kk");
    expect(fieldOf("Nama Ibu Kandung")).toBe("nama_ibu");
    expect(fieldOf("Nama Lengkap Ibu Kandung")).toBe("nama_ibu");
    expect(fieldOf("Alamat Email")).toBe("email");
  });

  it("never takes the numbering column for a field", () => {
    for (const header of ["No", "No.", "NO", "No Urut", "Nomor", "Nomor Urut"]) {
      expect(isNumberingHeader(header)).toBe(true);
      expect(fieldOf(header)).toBeUndefined();
    }
  });

  it("does not guess at headers that only mention a field in passing or name two", () => {
    expect(fieldOf("Hubungan dalam KK")).toBeUndefined();
    // A pair of short codes inside a longer header is as ambiguous as each code: "Alamat RT/RW" is the address.
    expect(fieldOf("Alamat RT/RW")).toBe("alamat");
    expect(fieldOf("Keterangan")).toBeUndefined();
  });

  it("says whether a match was exact, so an exact header wins over a partial one", () => {
    expect(matcher.match("Nama")).toEqual({ field: "nama", exact: true });
    expect(matcher.match("Nama Pekerja Rentan")).toEqual({ field: "nama", exact: false });
  });

  it("keeps a header that is nothing but a note", () => {
    expect(stripHeaderNotes("(wajib)")).toBe("(wajib)");
    expect(stripHeaderNotes("  Tgl.\n Lahir (dd-mm-yyyy) * ")).toBe("Tgl. Lahir");
  });
});

describe("header properties", () => {
  /** A synonym as villages type it: any case, extra spaces, dots, dashes and underscores, line breaks. */
  const spelling = (synonym: string) =>
    fc
      .tuple(
        fc.array(fc.boolean(), { minLength: synonym.length, maxLength: synonym.length }),
        fc.array(fc.constantFrom("", "", " ", ".", "_", "-", "\n"), { minLength: synonym.length, maxLength: synonym.length }),
        fc.constantFrom("", "*", " *", " (wajib)", " (16 digit)", "\n(sesuai KTP)"),
      )
      .map(([upper, separators, note]) =>
        [...synonym].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase()) + separators[i]).join("") + note,
      );

  const synonyms = FIELD_NAMES.flatMap((field) => FIELD_SYNONYMS[field].map((synonym) => ({ field, synonym })));

  it("any synonym, however it is spelt and annotated, is recognised as the field it names", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...synonyms).chain(({ synonym }) => fc.tuple(fc.constant(synonym), spelling(synonym))),
        ([synonym, written]) => {
          expect(fieldOf(written)).toBe(fieldOf(synonym));
        },
      ),
    );
  });

  it("every synonym names its own field", () => {
    for (const { field, synonym } of synonyms) expect([synonym, fieldOf(synonym)]).toEqual([synonym, field]);
  });

  it("normalising a header is idempotent and leaves only lower-case letters and digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const once = normaliseHeader(text);
        expect(once).toMatch(/^[a-z0-9]*$/);
        expect(normaliseHeader(once)).toBe(once);
      }),
    );
  });
});
