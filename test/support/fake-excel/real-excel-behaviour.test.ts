import { createFakeExcel, type WorkbookSeed } from "./fake-excel";

// What the simulated Excel does because real Excel does it; each case cites its page in the source.

type Ctx = Parameters<Parameters<ReturnType<typeof createFakeExcel>["Excel"]["run"]>[0]>[0];

function excel(seed: Partial<WorkbookSeed> = {}) {
  return createFakeExcel({ sheets: [{ name: "Data" }], ...seed });
}

async function write(fake: ReturnType<typeof createFakeExcel>, values: unknown[][], format?: string) {
  await fake.Excel.run(async (context: Ctx) => {
    const range = context.workbook.worksheets.getItem("Data").getRange(`A1:A${values.length}`);
    if (format) range.numberFormat = values.map(() => [format]);
    range.values = values;
    await context.sync();
  });
  const sheet = fake.workbook.sheetByName("Data")!;
  return values.map((_, i) => sheet.peek(i + 1, 1)!);
}

describe("strings written into a General cell are parsed as typed", () => {
  it("turns a leading + or - into a formula, numbers into numbers and keeps 15 digits", async () => {
    const [plusPhone, minusNumber, minusText, nik] = await write(excel(), [["+628123456789"], ["-5"], ["-RT 02"], ["3204110101900001"]]);
    expect(plusPhone!.formula).toBe("=+628123456789");
    expect(plusPhone!.value).toBe(628123456789);
    expect(minusNumber!.value).toBe(-5);
    expect(minusText!.error).toBe("#NAME?");
    expect(nik!.value).toBe(3204110101900000);
  });

  it("reads 1,000 and 50% as numbers, TRUE as a boolean and an en-US date as a serial", async () => {
    const [thousand, percent, truth, usDate, localDate] = await write(excel(), [["1,000"], ["50%"], ["true"], ["01/02/1990"], ["19-8-2025"]]);
    expect(thousand!.value).toBe(1000);
    expect(percent!.value).toBe(0.5);
    expect(percent!.numberFormat).toBe("0%");
    expect(truth!.value).toBe(true);
    expect(usDate!.value).toBe(32875); // 2 January 1990, month first
    expect(usDate!.numberFormat).toBe("m/d/yyyy");
    expect(localDate!.value).toBe("19-8-2025");
  });

  it("keeps every one of them as text in a Text-formatted cell", async () => {
    const entries = [["+628123456789"], ["1,000"], ["TRUE"], ["01/02"], ["3204110101900001"]];
    const cells = await write(excel(), entries, "@");
    expect(cells.map((cell) => cell.value)).toEqual(entries.map(([text]) => text));
  });
});

describe("limits of real Excel", () => {
  it("refuses a note on a cell that holds a threaded comment", async () => {
    const fake = excel({ sheets: [{ name: "Data", cells: [["x", "y"]], threadedComments: { B1: "Sudah dicek RT" } }] });
    const attempt = fake.Excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Data").notes.add("B1", "NIK ganda");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.workbook.sheetByName("Data")!.notes.size).toBe(0);
  });

  it("lists threaded comments with their cells", async () => {
    const fake = excel({ sheets: [{ name: "Data", threadedComments: { C4: "cek" } }] });
    const address = await fake.Excel.run(async (context: Ctx) => {
      const comments = context.workbook.worksheets.getItem("Data").comments.load("items/id");
      await context.sync();
      const location = comments.items[0]!.getLocation().load("address");
      await context.sync();
      return location.address;
    });
    expect(address).toBe("Data!C4");
  });

  it("fails to answer merged areas past 512, and counts only merges starting inside the range", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const many = excel({ sheets: [{ name: "Data", cells: [["x"]], merges }] });
    const tooMany = many.Excel.run(async (context: Ctx) => {
      const areas = context.workbook.worksheets.getItem("Data").getRange("A1:B1100").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return areas.address;
    });
    await expect(tooMany).rejects.toMatchObject({ code: "GeneralException" });

    const fewer = await many.Excel.run(async (context: Ctx) => {
      const areas = context.workbook.worksheets.getItem("Data").getRange("B1:B1100").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return areas.isNullObject;
    });
    expect(fewer).toBe(true); // every merge starts in column A
  });

  it("refuses a read of more than 5 million cells, on the desktop too", async () => {
    const fake = excel({ platform: "PC", sheets: [{ name: "Data", cells: [["x"]] }] });
    const attempt = fake.Excel.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A:E").load("values");
      await context.sync();
      return range.values;
    });
    await expect(attempt).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("counts a request in UTF-8 bytes plus each action's path, against 5 MB on the web only", async () => {
    // 2.7 million "Ñ" are 2.7 million UTF-16 characters but 5.4 MB of UTF-8: only byte counting refuses it.
    const names = Array.from({ length: 100_000 }, () => ["Ñ".repeat(27)]);
    const web = excel();
    const onWeb = web.Excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A100000").values = names;
      await context.sync();
    });
    await expect(onWeb).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });

    const desktop = excel({ platform: "PC" });
    await desktop.Excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A100000").values = names;
      await context.sync();
    });
    expect(desktop.workbook.sheetByName("Data")!.peek(100000, 1)!.value).toBe("Ñ".repeat(27));
  });

  it("answers SharedRuntime and CustomFunctionsRuntime, and not on an Excel 2019", () => {
    expect(excel().supports("SharedRuntime", "1.1")).toBe(true);
    const office2019 = excel({ excelApi: "1.8", requirementSets: {} });
    expect(office2019.supports("SharedRuntime", "1.1")).toBe(false);
    expect(office2019.supports("ExcelApi", "1.8")).toBe(true);
  });
});
