import fc from "fast-check";
import { daysInMonth, formatDate, fromExcelSerial, toExcelSerial } from "../../../src/domain/values/calendar-date";
import { parseDateCell, parseDateText } from "../../../src/domain/values/parse-date";

const YEAR = 2026;

describe("reading birth dates as villages type them", () => {
  it.each([
    ["17-08-1980", { year: 1980, month: 8, day: 17 }],
    ["17/08/1980", { year: 1980, month: 8, day: 17 }],
    ["1980-08-17", { year: 1980, month: 8, day: 17 }],
    ["17 Agustus 1980", { year: 1980, month: 8, day: 17 }],
    ["5 Mei 1990", { year: 1990, month: 5, day: 5 }],
    ["5 mei 1990", { year: 1990, month: 5, day: 5 }],
    ["12 Nopember 1975", { year: 1975, month: 11, day: 12 }],
    ["3 Pebruari 1966", { year: 1966, month: 2, day: 3 }],
    ["17-Agu-1980", { year: 1980, month: 8, day: 17 }],
    ["17 Agt. 1980", { year: 1980, month: 8, day: 17 }],
    ["1980-08-17 00:00:00", { year: 1980, month: 8, day: 17 }],
    ["17.08.1980", { year: 1980, month: 8, day: 17 }],
    ["17-08-80", { year: 1980, month: 8, day: 17 }],
    ["01-02-05", { year: 2005, month: 2, day: 1 }],
    ["19910202", { year: 1991, month: 2, day: 2 }],
    ["19850312", { year: 1985, month: 3, day: 12 }],
    ["17081980", { year: 1980, month: 8, day: 17 }],
    ["17 Agust 1980", { year: 1980, month: 8, day: 17 }],
    ["17-Agust-80", { year: 1980, month: 8, day: 17 }],
    ["12 Febr 1985", { year: 1985, month: 2, day: 12 }],
    ["12 Pebr 1985", { year: 1985, month: 2, day: 12 }],
    ["3 Nop 1975", { year: 1975, month: 11, day: 3 }],
    ["12 - 03 - 1985", { year: 1985, month: 3, day: 12 }],
    ["12 Maret 1985.", { year: 1985, month: 3, day: 12 }],
    ["12 Djuli 1950", { year: 1950, month: 7, day: 12 }],
    ["Agustus 17, 1980", { year: 1980, month: 8, day: 17 }],
    ["Minggu, 17 Agustus 1980", { year: 1980, month: 8, day: 17 }],
  ])("reads %s", (text, date) => {
    expect(parseDateText(text, YEAR)).toEqual({ status: "ok", date });
  });

  it("reads the date out of a combined 'Tempat, Tanggal Lahir' cell and keeps the place", () => {
    expect(parseDateText("Sambas, 12-03-1985", YEAR)).toEqual({ status: "ok", date: { year: 1985, month: 3, day: 12 }, place: "Sambas" });
  });

  it.each([
    ["Sukadana 12-03-1985", "Sukadana", { year: 1985, month: 3, day: 12 }],
    ["Sukadana / 21-05-1989", "Sukadana", { year: 1989, month: 5, day: 21 }],
    ["Sambas - 12-03-1985", "Sambas", { year: 1985, month: 3, day: 12 }],
    ["Bandar Lampung 21/05/1989", "Bandar Lampung", { year: 1989, month: 5, day: 21 }],
    ["Martapura 6/4/1970", "Martapura", { year: 1970, month: 4, day: 6 }],
    ["Sambas, Minggu 17 Agustus 1980", "Sambas", { year: 1980, month: 8, day: 17 }],
    ["Sambas, Minggu, 17 Agustus 1980", "Sambas", { year: 1980, month: 8, day: 17 }],
  ])("reads the TTL cell %s as a place and a date", (text, place, date) => {
    expect(parseDateText(text, YEAR)).toEqual({ status: "ok", date, place });
  });

  it("never takes a weekday for a birthplace", () => {
    expect(parseDateText("Minggu, 17 Agustus 1980", YEAR)).not.toHaveProperty("place");
    expect(parseDateText("Jum'at, 1 Mei 1981", YEAR)).toEqual({ status: "ok", date: { year: 1981, month: 5, day: 1 } });
  });

  it("reads a date typed as the number 19910202 (YYYYMMDD) and 17081980 (DDMMYYYY)", () => {
    expect(parseDateCell({ kind: "number", value: 19910202 }, YEAR)).toEqual({ status: "ok", date: { year: 1991, month: 2, day: 2 } });
    expect(parseDateCell({ kind: "number", value: 17081980 }, YEAR)).toEqual({ status: "ok", date: { year: 1980, month: 8, day: 17 } });
  });

  it("reads real date cells and Excel serial numbers", () => {
    expect(parseDateCell({ kind: "date", year: 1980, month: 8, day: 17 }, YEAR)).toEqual({ status: "ok", date: { year: 1980, month: 8, day: 17 } });
    expect(parseDateCell({ kind: "number", value: 29450 }, YEAR)).toEqual({ status: "ok", date: { year: 1980, month: 8, day: 17 } });
  });

  it("rejects 31 February and says why", () => {
    expect(parseDateText("31-02-1980", YEAR)).toMatchObject({ status: "invalid", reason: expect.stringContaining("kalender") });
  });

  it("rejects text that is no date and says which format to use", () => {
    expect(parseDateText("belum tahu", YEAR)).toMatchObject({ status: "invalid", reason: expect.stringContaining("17-08-1980") });
  });

  it("reports a formula error on the date", () => {
    expect(parseDateCell({ kind: "error", code: "#VALUE!" }, YEAR)).toEqual({ status: "cell-error", code: "#VALUE!" });
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseDateText(s, YEAR);
    }));
  });

  const dates = fc
    .record({ year: fc.integer({ min: 1901, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

  it("date parsing round-trips through DD-MM-YYYY", () => {
    fc.assert(fc.property(dates, (d) => {
      expect(parseDateText(formatDate(d), 2100)).toEqual({ status: "ok", date: d });
    }));
  });

  const pad = (n: number) => String(n).padStart(2, "0");

  it("eight digits are read as DDMMYYYY or YYYYMMDD, whichever is a real date", () => {
    fc.assert(fc.property(dates, (d) => {
      expect(parseDateText(`${pad(d.day)}${pad(d.month)}${d.year}`, YEAR)).toEqual({ status: "ok", date: d });
      expect(parseDateText(`${d.year}${pad(d.month)}${pad(d.day)}`, YEAR)).toEqual({ status: "ok", date: d });
    }));
  });

  const MONTH_FORMS: ReadonlyArray<readonly string[]> = [
    ["Januari", "Jan"],
    ["Februari", "Pebruari", "Feb", "Febr", "Peb", "Pebr"],
    ["Maret", "Mar", "Mrt"],
    ["April", "Apr"],
    ["Mei"],
    ["Juni", "Jun"],
    ["Juli", "Jul"],
    ["Agustus", "Agu", "Agt", "Ags", "Agus", "Agust", "Agst", "Aug"],
    ["September", "Sep", "Sept"],
    ["Oktober", "Okt", "Oct"],
    ["November", "Nopember", "Nov", "Nop"],
    ["Desember", "Des", "Dec"],
  ];
  const namedDates = dates.chain((d) =>
    fc.record({
      d: fc.constant(d),
      month: fc.constantFrom(...MONTH_FORMS[d.month - 1]!),
      dot: fc.constantFrom("", "."),
      sep: fc.constantFrom(" ", "-"),
      upper: fc.boolean(),
    }),
  );

  it("every short and old month form reads as its month, in any case, with or without a full stop", () => {
    fc.assert(fc.property(namedDates, ({ d, month, dot, sep, upper }) => {
      const text = `${d.day}${sep}${upper ? month.toUpperCase() : month}${dot}${sep}${d.year}`;
      expect(parseDateText(text, YEAR)).toEqual({ status: "ok", date: d });
    }));
  });

  const WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad"];
  const NOT_A_PLACE = new Set([...WEEKDAYS, ...MONTH_FORMS.flat()].map((w) => w.toLowerCase()));
  const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/).filter((w) => !NOT_A_PLACE.has(w.toLowerCase()));
  const places = fc.oneof(
    fc.constantFrom("Sambas", "Sukadana", "Bandar Lampung", "Kab. Ketapang", "Kuala Satong", "Tanjung Pura"),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ")),
  );

  it("a TTL cell gives its place and date whatever the separator, and a weekday is never the place", () => {
    fc.assert(fc.property(
      places,
      dates,
      fc.constantFrom(", ", ",", " ", " / ", "/", " - "),
      fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined }),
      fc.constantFrom("dmy", "long"),
      (place, d, sep, weekday, form) => {
        const date = form === "dmy" ? `${pad(d.day)}-${pad(d.month)}-${d.year}` : `${d.day} ${MONTH_FORMS[d.month - 1]![0]} ${d.year}`;
        const text = weekday && sep.includes(",") ? `${place}${sep}${weekday}, ${date}` : `${place}${sep}${date}`;
        expect(parseDateText(text, YEAR)).toEqual({ status: "ok", date: d, place });
        if (weekday) expect(parseDateText(`${weekday}, ${date}`, YEAR)).toEqual({ status: "ok", date: d });
      },
    ));
  });

  it("never throws on text built from date pieces", () => {
    const piece = fc.constantFrom("17", "08", "1980", "19910202", "Agust", "Minggu", ",", " ", "/", " - ", ".", "Sambas", "constructor", "__proto__", "00:00", "T", "-");
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const reading = parseDateText(pieces.join(""), YEAR);
      expect(["missing", "ok", "invalid"]).toContain(reading.status);
    }));
  });

  it("Excel serials round-trip, skipping the 29 February 1900 Excel invented", () => {
    fc.assert(fc.property(dates, (d) => {
      expect(fromExcelSerial(toExcelSerial(d))).toEqual(d);
    }));
    expect(fromExcelSerial(60)).toBeUndefined();
    expect(fromExcelSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });
});
