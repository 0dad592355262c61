import { connectToExcel, missingRequirements } from "../../../src/taskpane/connection";

// The pane's link to Excel: it waits for office.js however late it answers, and a host that lacks
// what the add-in needs gets one message naming the missing sets and what to do instead.

type ReadyInfo = { host: string | null; platform: string | null };

/** "1.10" -> 10: requirement-set versions compare by their minor number, not as decimals. */
const minor = (version: string) => Number(version.split(".")[1]);

function fakeOffice(supported: Record<string, string>) {
  let ready: ((info: ReadyInfo) => void) | undefined;
  const office = {
    onReady(callback: (info: ReadyInfo) => void) {
      ready = callback;
      return new Promise(() => undefined);
    },
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) => supported[set] !== undefined && minor(version) <= minor(supported[set]),
      },
    },
  };
  const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  globals.Office = office;
  globals.Excel = { run: () => Promise.reject(new Error("not used")) };
  return { office: office as unknown as typeof Office, answer: (info: ReadyInfo) => ready!(info) };
}

afterEach(() => {
  const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  delete globals.Office;
  delete globals.Excel;
});

const CAPABLE = { ExcelApi: "1.18", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" };

describe("connecting to Excel", () => {
  it("connects when office.js answers late, instead of giving up", async () => {
    jest.useFakeTimers();
    try {
      const { office, answer } = fakeOffice(CAPABLE);
      let settled = false;
      const connection = connectToExcel(office).then((c) => {
        settled = true;
        return c;
      });
      // Two minutes on a slow line: still waiting, not "office-missing".
      jest.advanceTimersByTime(120_000);
      await Promise.resolve();
      expect(settled).toBe(false);
      answer({ host: "Excel", platform: "OfficeOnline" });
      await expect(connection).resolves.toMatchObject({ status: "excel", platform: "OfficeOnline" });
    } finally {
      jest.useRealTimers();
    }
  });

  it("names what an Excel 2019 lacks and what to do instead", async () => {
    const { office, answer } = fakeOffice({ ExcelApi: "1.8" });
    const connection = connectToExcel(office);
    answer({ host: "Excel", platform: "PC" });
    const settled = await connection;
    expect(settled.status).toBe("unsupported-host");
    expect(settled.missing).toEqual(["ExcelApi 1.10", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]);
    await expect(settled.gateway.listSheets()).rejects.toMatchObject({
      code: "UNSUPPORTED",
      message: expect.stringMatching(/SharedRuntime 1\.1.*Excel di web \(gratis dengan akun Microsoft.*npx pekerja-rentan periksa/),
    });
  });

  it("says office.js did not load when the script never arrived, with advice that reloads the pane", async () => {
    const settled = await connectToExcel(undefined);
    expect(settled.status).toBe("office-missing");
    await expect(settled.gateway.readUsedRange()).rejects.toMatchObject({ message: expect.stringContaining("Muat ulang panel") });
  });

  it("asks nothing more of a capable host", () => {
    expect(missingRequirements((set, version) => set in CAPABLE && minor(version) <= minor(CAPABLE[set as keyof typeof CAPABLE]))).toEqual([]);
  });
});
