import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

/** A fresh directory per test file, removed after it; tests write real files there. */
export function useTempDir(): { path(name: string): string } {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pekerja-rentan-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { path: (name) => join(dir, name) };
}

export async function writeWorkbook(path: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

export function writeBytes(path: string, bytes: Uint8Array | string): string {
  writeFileSync(path, bytes);
  return path;
}
