import { computeBudget, type BudgetInput, type BudgetResult } from "../../../src/domain/anggaran";
import { BPU_RATE_TABLE, parseRateTable, type RateTableInput } from "../../../src/domain/iuran";

function budget(input: BudgetInput, table = BPU_RATE_TABLE) {
  const result: BudgetResult = computeBudget(input, table);
  if (!result.ok) throw new Error(`expected a budget, got: ${result.problems.map((p) => p.message).join("; ")}`);
  return result;
}

describe("golden figures", () => {
  test("one worker for a year costs Rp 201.600", () => {
    expect(budget({ workers: 1, year: 2025 }).total).toBe(201_600);
  });

  test("a hundred workers for a year cost Rp 20.160.000", () => {
    const b = budget({ workers: 100, year: 2025 });
    expect(b.total).toBe(20_160_000);
    expect(b.terbilang).toBe("dua puluh juta seratus enam puluh ribu rupiah");
    expect(b.perWorkerMonthly).toBe(16_800);
  });

  test("with JHT at the lowest level a worker costs Rp 36.800 a month", () => {
    const b = budget({ workers: 100, year: 2025, withJht: true });
    expect(b.perWorkerMonthly).toBe(36_800);
    expect(b.total).toBe(44_160_000);
  });

  test("2026 with the PP 50/2025 switch on costs Rp 12.600.000 for 100 workers", () => {
    expect(budget({ workers: 100, year: 2026, pp50: true }).total).toBe(12_600_000);
  });

  test("2026 with the switch off costs Rp 20.160.000 for 100 workers", () => {
    expect(budget({ workers: 100, year: 2026, pp50: false }).total).toBe(20_160_000);
  });

  test("the switch is off unless the village turns it on", () => {
    const b = budget({ workers: 100, year: 2026 });
    expect(b.total).toBe(20_160_000);
    expect(b.pp50.switchedOn).toBe(false);
  });
});

describe("the RAB rows", () => {
  test("a normal year is one Siskeudes row of 1.200 OB at Rp 16.800", () => {
    const [line, ...rest] = budget({ workers: 100, year: 2026 }).lines;
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      kode: "5.2.7.90.01",
      noUrut: 1,
      uraian: "Iuran JKK dan JKM BPJS Ketenagakerjaan Pekerja Rentan (BPU), 100 orang × 12 bulan × Rp 16.800",
      volume: 1_200,
      satuan: "OB",
      hargaSatuan: 16_800,
      jumlah: 20_160_000,
      sumberDana: "ADD",
      kodeKegiatan: "3.1.90",
      kodeRekening: "5.2.7.90",
    });
  });

  test("the uraian says JHT when it is added", () => {
    expect(budget({ workers: 100, year: 2025, withJht: true }).lines[0].uraian).toBe(
      "Iuran JKK, JKM dan JHT BPJS Ketenagakerjaan Pekerja Rentan (BPU), 100 orang × 12 bulan × Rp 36.800",
    );
  });

  test("six months are written with their period", () => {
    expect(budget({ workers: 100, year: 2025, months: 6 }).lines[0]).toMatchObject({
      uraian: "Iuran JKK dan JKM BPJS Ketenagakerjaan Pekerja Rentan (BPU) Januari–Juni 2025, 100 orang × 6 bulan × Rp 16.800",
      volume: 600,
      jumlah: 10_080_000,
    });
  });

  test("a higher declared income is spelled out in the uraian", () => {
    expect(budget({ workers: 10, year: 2025, declaredIncome: 2_000_000 }).lines[0].uraian).toBe(
      "Iuran JKK dan JKM BPJS Ketenagakerjaan Pekerja Rentan (BPU), dasar penghasilan Rp 2.000.000, 10 orang × 12 bulan × Rp 26.800",
    );
  });

  test("the secretary can set the kabupaten's own kegiatan and rekening codes", () => {
    const b = budget({ workers: 100, year: 2026, kodeKegiatan: "4.4.91", kodeRekening: "5.2.7.91", satuan: "Orang/Bulan" });
    expect(b.lines[0]).toMatchObject({ kodeKegiatan: "4.4.91", kodeRekening: "5.2.7.91", kode: "5.2.7.91.01", satuan: "Orang/Bulan" });
    expect(b.notes.some((n) => n.includes("adalah usulan"))).toBe(false);
  });

  test("funding split across ADD and PAD gives one row per source", () => {
    const b = budget({
      workers: 100,
      year: 2025,
      sumberDana: [
        { kode: "ADD", workers: 70 },
        { kode: "PAD", workers: 30 },
      ],
    });
    expect(b.lines.map((l) => [l.sumberDana, l.volume, l.jumlah, l.noUrut])).toEqual([
      ["ADD", 840, 14_112_000, 1],
      ["PAD", 360, 6_048_000, 2],
    ]);
    expect(b.total).toBe(20_160_000);
  });

  test("every row multiplies out and the rows add up to the total", () => {
    const inputs: BudgetInput[] = [
      { workers: 100, year: 2026, startMonth: 3, pp50: true },
      { workers: 100, year: 2026, pp50: true, transportWorkers: 15 },
      { workers: 73, year: 2026, startMonth: 7, months: 18, pp50: true, withJht: true, transportWorkers: 9, sumberDana: [{ kode: "ADD", workers: 50, transportWorkers: 4 }, { kode: "DDS", workers: 23, transportWorkers: 5 }] },
    ];
    for (const input of inputs) {
      const b = budget(input);
      for (const line of b.lines) {
        expect(line.jumlah).toBe(line.volume * line.hargaSatuan);
        expect(line.volume).toBe(line.workers * line.months);
        expect(line.uraian).toContain(`${line.workers} orang × ${line.months} bulan × Rp `);
      }
      expect(b.lines.reduce((s, l) => s + l.jumlah, 0)).toBe(b.total);
      expect(b.monthlyCashNeed.reduce((s, m) => s + m.amount, 0)).toBe(b.total);
    }
  });
});

describe("a budget across a rate change", () => {
  const b = budget({ workers: 100, year: 2026, startMonth: 3, months: 12, pp50: true });

  test("from March 2026 with the discount, March is full, April–December half, January–February 2027 full", () => {
    expect(b.perWorkerMonthly).toEqual([
      { from: "2026-03", to: "2026-03", months: 1, amount: 16_800 },
      { from: "2026-04", to: "2026-12", months: 9, amount: 8_400 },
      { from: "2027-01", to: "2027-02", months: 2, amount: 16_800 },
    ]);
    expect(b.total).toBe(100 * (16_800 + 9 * 8_400 + 2 * 16_800));
  });

  test("it gives one RAB row per rate period, each naming its period", () => {
    expect(b.lines.map((l) => [l.from, l.to, l.volume, l.hargaSatuan, l.jumlah, l.discounted])).toEqual([
      ["2026-03", "2026-03", 100, 16_800, 1_680_000, false],
      ["2026-04", "2026-12", 900, 8_400, 7_560_000, true],
      ["2027-01", "2027-02", 200, 16_800, 3_360_000, false],
    ]);
    expect(b.lines[1].uraian).toBe(
      "Iuran JKK dan JKM BPJS Ketenagakerjaan Pekerja Rentan (BPU) April–Desember 2026, diskon 50% PP 50/2025, 100 orang × 9 bulan × Rp 8.400",
    );
  });

  test("the monthly cash need follows the rate month by month", () => {
    expect(b.monthlyCashNeed.map((m) => [m.month, m.amount])).toEqual([
      ["2026-03", 1_680_000],
      ["2026-04", 840_000],
      ["2026-05", 840_000],
      ["2026-06", 840_000],
      ["2026-07", 840_000],
      ["2026-08", 840_000],
      ["2026-09", 840_000],
      ["2026-10", 840_000],
      ["2026-11", 840_000],
      ["2026-12", 840_000],
      ["2027-01", 1_680_000],
      ["2027-02", 1_680_000],
    ]);
    expect(b.monthlyCashNeed[11].cumulative).toBe(b.total);
  });

  test("the notes say the months beyond the budget year belong to next year's APBDes", () => {
    expect(b.notes).toContain(
      "Iuran Januari–Februari 2027 berada di luar Tahun Anggaran 2026. Pembayaran di muka oleh wadah desa belum terkonfirmasi; " +
        "bila tidak dibayar di muka, anggarkan bulan-bulan itu di APBDes 2027.",
    );
  });

  test("a change of rate in the table itself also splits the rows", () => {
    // A hypothetical JKM rise from January 2027: the table mechanism, not PP 50/2025, drives the split.
    const input = JSON.parse(JSON.stringify(BPU_RATE_TABLE)) as RateTableInput;
    input.bpuRates[1] = { ...input.bpuRates[1], berlaku_sampai: "2026-12" };
    input.bpuRates.push({ ...input.bpuRates[1], id: "BPU_JKM_UJI", kind: "flat", amount: 8_000, berlaku_mulai: "2027-01", berlaku_sampai: null } as RateTableInput["bpuRates"][number]);
    const b2 = budget({ workers: 10, year: 2026, startMonth: 7 }, parseRateTable(input));
    expect(b2.lines.map((l) => [l.from, l.to, l.hargaSatuan])).toEqual([
      ["2026-07", "2026-12", 16_800],
      ["2027-01", "2027-06", 18_000],
    ]);
    expect(b2.total).toBe(10 * (6 * 16_800 + 6 * 18_000));
  });
});

describe("transport-sector workers", () => {
  const b = budget({ workers: 100, year: 2026, pp50: true, transportWorkers: 10 });

  test("with the discount, they pay half from January while the others pay half from April", () => {
    expect(b.perWorkerMonthlyTransport).toBe(8_400);
    expect(b.total).toBe(90 * (3 * 16_800 + 9 * 8_400) + 10 * 12 * 8_400);
  });

  test("they get their own RAB row, listed after the others", () => {
    expect(b.lines.map((l) => [l.sektor, l.from, l.to, l.workers, l.hargaSatuan])).toEqual([
      ["lainnya", "2026-01", "2026-03", 90, 16_800],
      ["lainnya", "2026-04", "2026-12", 90, 8_400],
      ["transportasi", "2026-01", "2026-12", 10, 8_400],
    ]);
    expect(b.lines[2].uraian).toBe(
      "Iuran JKK dan JKM BPJS Ketenagakerjaan Pekerja Rentan sektor transportasi (BPU) Januari–Desember 2026, diskon 50% PP 50/2025, 10 orang × 12 bulan × Rp 8.400",
    );
  });

  test("each month's bill adds both groups at that month's rates", () => {
    expect(b.monthlyCashNeed[0].amount).toBe(90 * 16_800 + 10 * 8_400);
    expect(b.monthlyCashNeed[3].amount).toBe(100 * 8_400);
  });

  test("without the discount they share one row with everyone else", () => {
    const off = budget({ workers: 100, year: 2026, transportWorkers: 10 });
    expect(off.lines).toHaveLength(1);
    expect(off.lines[0]).toMatchObject({ sektor: "semua", workers: 100, jumlah: 20_160_000 });
  });

  test("the notes warn that the transport occupation list is UNCONFIRMED", () => {
    expect(b.notes.some((n) => n.startsWith("Daftar pekerjaan yang termasuk sektor transportasi") && n.includes("belum terkonfirmasi"))).toBe(true);
  });
});

describe("the notes", () => {
  test("with the switch off in 2026 they say the discount was not applied and what it would save", () => {
    const b = budget({ workers: 100, year: 2026 });
    expect(b.notes).toContain(
      "Diskon 50% iuran JKK dan JKM menurut PP 50/2025 TIDAK DITERAPKAN untuk iuran April–Desember 2026: berlakunya untuk iuran " +
        "yang dibayar dari APBDes belum terkonfirmasi, sehingga anggaran memakai tarif normal (aman). Bila Kantor Cabang BPJS " +
        "Ketenagakerjaan memastikan diskon berlaku, kebutuhan turun menjadi Rp 12.600.000.",
    );
    expect(b.pp50.switchedOffMonths).toHaveLength(9);
    expect(b.pp50.discountedMonths).toEqual([]);
  });

  test("with the switch on they say it was applied, that APBDes applicability is UNCONFIRMED, and the normal cost", () => {
    const b = budget({ workers: 100, year: 2026, pp50: true });
    const note = b.notes.find((n) => n.includes("DITERAPKAN untuk iuran April–Desember 2026"));
    expect(note).toMatch(/APBDes belum terkonfirmasi/);
    expect(note).toMatch(/Dengan tarif normal kebutuhannya Rp 20\.160\.000\.$/);
    expect(b.pp50.discountedMonths[0]).toBe("2026-04");
  });

  test("a 2025 budget says nothing about PP 50/2025", () => {
    expect(budget({ workers: 100, year: 2025 }).notes.some((n) => n.includes("PP 50/2025"))).toBe(false);
  });

  test("a switch turned on outside the discount period is explained", () => {
    expect(budget({ workers: 100, year: 2025, pp50: true }).notes).toContain(
      "Diskon PP 50/2025 diminta, tetapi tidak ada bulan iuran yang dianggarkan dalam periode diskon; tarif normal dipakai.",
    );
  });

  test("they state the price per worker and how it was computed", () => {
    expect(budget({ workers: 100, year: 2025 }).notes[0]).toBe("Iuran per pekerja per bulan: JKK Rp 10.000 + JKM Rp 6.800 = Rp 16.800 (tarif normal).");
  });

  test("the default kegiatan and rekening codes are flagged as a proposal", () => {
    expect(budget({ workers: 100, year: 2026 }).notes.some((n) => n.startsWith("Kode kegiatan 3.1.90 dan kode rekening 5.2.7.90 adalah usulan"))).toBe(true);
  });

  test("choosing Dana Desa warns rather than blocks", () => {
    const b = budget({ workers: 100, year: 2026, sumberDana: "DDS" });
    expect(b.lines[0].sumberDana).toBe("DDS");
    expect(b.notes.some((n) => n.startsWith("Sumber dana Dana Desa (DDS)"))).toBe(true);
    expect(b.notes.some((n) => n.includes("Koperasi Desa Merah Putih"))).toBe(true);
  });

  test("fewer than six months are flagged because BPJS counts villages from six", () => {
    expect(budget({ workers: 100, year: 2026, months: 3 }).notes.some((n) => n.startsWith("Hanya 3 bulan iuran"))).toBe(true);
  });

  test("a declared income above the lowest level is flagged as resting on a secondary table", () => {
    expect(budget({ workers: 10, year: 2025, declaredIncome: 2_000_000 }).notes.some((n) => n.includes("tingkat 6 Lampiran II") && n.includes("salinan sekunder"))).toBe(true);
  });
});

describe("progress toward 100 workers", () => {
  test("60 workers are 40 short of the target, and the notes price the gap", () => {
    const b = budget({ workers: 60, year: 2025 });
    expect(b.target).toEqual({ goal: 100, reached: 60, shortfall: 40 });
    expect(b.notes).toContain("Baru 60 dari sasaran 100 pekerja rentan: kurang 40 orang (Rp 8.064.000 untuk iuran Januari–Desember 2025).");
  });

  test("a village above its target has no shortfall", () => {
    expect(budget({ workers: 120, year: 2025, target: 100 }).target).toEqual({ goal: 100, reached: 120, shortfall: 0 });
  });
});

describe("inputs the budget cannot use", () => {
  const problems = (input: BudgetInput) => {
    const result = computeBudget(input);
    if (result.ok) throw new Error("expected problems");
    return result.problems;
  };

  test("a declared income above the highest level is a problem, not silently lowered", () => {
    expect(problems({ workers: 100, year: 2026, declaredIncome: 25_000_000 })).toEqual([
      { field: "declaredIncome", message: expect.stringContaining("Penghasilan dilaporkan Rp 25.000.000 di atas tingkat tertinggi") },
    ]);
  });

  test("a declared income above the top level is a problem, not silently lowered", () => {
    expect(problems({ workers: 1, year: 2026, declaredIncome: 30_000_000 })[0].message).toMatch(/di atas tingkat tertinggi/);
  });

  test.each<[string, BudgetInput, string, RegExp]>([
    ["negative workers", { workers: -5, year: 2026 }, "workers", /tidak boleh negatif/],
    ["half a worker", { workers: 10.5, year: 2026 }, "workers", /bilangan bulat/],
    ["month 13", { workers: 10, year: 2026, startMonth: 13 }, "startMonth", /1 \(Januari\) sampai 12 \(Desember\)/],
    ["zero months", { workers: 10, year: 2026, months: 0 }, "months", /minimal 1/],
    ["more transport workers than workers", { workers: 10, year: 2026, transportWorkers: 11 }, "transportWorkers", /melebihi jumlah pekerja/],
    ["an unknown funding code", { workers: 10, year: 2026, sumberDana: "APBN" as never }, "sumberDana", /kode Siskeudes/],
    ["a split that does not add up", { workers: 10, year: 2026, sumberDana: [{ kode: "ADD", workers: 4 }, { kode: "PAD", workers: 5 }] }, "sumberDana", /\(9\) tidak sama dengan jumlah pekerja \(10\)/],
    ["a kegiatan code with letters", { workers: 10, year: 2026, kodeKegiatan: "3.1.x" }, "kodeKegiatan", /bidang.subbidang.kegiatan, mis. 3.1.90/],
    ["a year before PP 44/2015", { workers: 10, year: 2014 }, "year", /paling awal 2015/],
  ])("%s is reported in Indonesian", (_name, input, field, message) => {
    const found = problems(input).find((p) => p.field === field);
    expect(found?.message).toMatch(message);
  });

  test("a 2015 budget from January has no rate before July and says so", () => {
    expect(problems({ workers: 10, year: 2015 })).toEqual([{ field: "year", message: "Tidak ada tabel penghasilan BPU yang berlaku untuk Januari 2015." }]);
  });

  test("a 2015 budget from July works", () => {
    expect(budget({ workers: 1, year: 2015, startMonth: 7, months: 6 }).total).toBe(6 * 16_800);
  });
});

describe("an empty budget", () => {
  test("zero workers give no rows and read nol rupiah", () => {
    const b = budget({ workers: 0, year: 2025 });
    expect(b.lines).toEqual([]);
    expect(b.total).toBe(0);
    expect(b.terbilang).toBe("nol rupiah");
    expect(b.target.shortfall).toBe(100);
  });
});

describe("assumptions", () => {
  test("the defaults are reported back", () => {
    expect(budget({ workers: 100, year: 2026 }).assumptions).toMatchObject({
      startMonth: 1,
      months: 12,
      withJht: false,
      declaredIncome: 1_000_000,
      pp50: false,
      transportWorkers: 0,
      sumberDana: "ADD",
      kodeKegiatan: "3.1.90",
      kodeRekening: "5.2.7.90",
      satuan: "OB",
      target: 100,
    });
  });

  test("the rules used are listed with their sources", () => {
    const ids = budget({ workers: 100, year: 2026, pp50: true }).rulesApplied.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["PP44_2015_LAMPIRAN_II", "BPU_JKK_1_PERSEN", "BPU_JKM_6800", "PP50_2025_LAINNYA"]));
  });
});

describe("one set of bounds and codes for every face", () => {
  test("the pane's Pengaturan fields and the budget accept and refuse the same codes", async () => {
    const { parseKodeKegiatan, parseKodeRekening } = await import("../../../src/taskpane/pengaturan/validation");
    const { computeBudget: budget } = await import("../../../src/domain/anggaran");
    for (const kode of ["3.1.90", "3.1.90.", "01.01.95", "3.1.x", "3", "31.90", "3.1.9999"]) {
      const domainOk = budget({ workers: 1, year: 2026, kodeKegiatan: kode }).ok;
      expect([kode, parseKodeKegiatan(kode).ok]).toEqual([kode, domainOk]);
    }
    for (const kode of ["5.2.7.90", "5.2.7.90.01", "5.2.7.90.", "4.2.7.90", "5.2", "5.x.7.90"]) {
      const domainOk = budget({ workers: 1, year: 2026, kodeRekening: kode }).ok;
      expect([kode, parseKodeRekening(kode).ok]).toEqual([kode, domainOk]);
    }
  });

  test("every face takes the budget year's bounds from one constant", async () => {
    const { BUDGET_YEAR } = await import("../../../src/domain/budget-year");
    const { settingsSchema } = await import("../../../src/domain/settings");
    const { parseBudgetYear } = await import("../../../src/taskpane/pengaturan/validation");
    const { anggaran } = await import("../../../src/functions/formulas");
    const { computeBudget: budget } = await import("../../../src/domain/anggaran");
    for (const [year, inRange] of [[BUDGET_YEAR.min - 1, false], [BUDGET_YEAR.max, true], [BUDGET_YEAR.max + 1, false]] as const) {
      const result = budget({ workers: 0, year });
      expect(!result.ok && result.problems.some((p) => p.field === "year")).toBe(!inRange);
      expect(parseBudgetYear(String(year)).ok).toBe(inRange);
      const settings = settingsSchema.shape.tahun.safeParse(year).success;
      expect(settings).toBe(inRange);
      if (inRange) expect(anggaran(0, 12, 1, year)).toBe(0);
      else expect(() => anggaran(0, 12, 1, year)).toThrow(/Tahun/);
    }
  });
});

describe("a declared income below Rp 1.000.000", () => {
  test("is budgeted at the lowest level, Rp 16.800 a month, with a note naming both amounts", () => {
    const low = budget({ workers: 100, year: 2026, declaredIncome: 750_000 });
    expect(low.total).toBe(budget({ workers: 100, year: 2026 }).total);
    expect(low.perWorkerMonthly).toBe(16_800);
    expect(low.level.level).toBe(1);
    expect(low.notes).toContain(
      "Penghasilan dilaporkan Rp 750.000 di bawah tingkat terendah Lampiran II PP 44/2015 (Rp 1.000.000): iurannya dihitung dari tingkat terendah itu, Rp 1.000.000.",
    );
  });

  test("still gets the PP 50/2025 discount and JHT like any lowest-level worker", () => {
    expect(budget({ workers: 10, year: 2026, declaredIncome: 0, pp50: true, withJht: true }).total).toBe(
      budget({ workers: 10, year: 2026, pp50: true, withJht: true }).total,
    );
  });
});
