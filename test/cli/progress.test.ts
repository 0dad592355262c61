import { Progress } from "../../src/cli/output/progress";

/** A terminal as far as Progress can tell: what it writes is kept. */
function terminal(): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("progress line", () => {
  it("counts rows by default and files when told so (gabung counts files, not rows)", () => {
    const rows = terminal();
    new Progress(rows.stream).count("Memeriksa", 1200, 100000);
    expect(rows.written.join("")).toContain("Memeriksa 1.200/100.000 baris (1%)");

    const files = terminal();
    new Progress(files.stream).count("Merekap berkas", 3, 300, "berkas");
    expect(files.written.join("")).toContain("Merekap berkas 3/300 berkas (1%)");
    expect(files.written.join("")).not.toContain("baris");
  });

  it("writes nothing when standard error is not a terminal (pipes, JSON, tests)", () => {
    const written: string[] = [];
    const pipe = { isTTY: false, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = new Progress(pipe);
    progress.count("Memeriksa", 1, 2);
    progress.done();
    expect(written).toEqual([]);
  });
});
