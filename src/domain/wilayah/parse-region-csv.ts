/**
 * Reads one of the Kemendagri code lists shipped as CSV by idn-area-data (a header line, then
 * `code,parent_code,name`; a name holding a comma is quoted, "Lubuk Pakam I,II", with doubled quotes
 * inside). Calls `onRow` with the requested columns, in a reused array, so no table is built.
 */
export function parseRegionCsv(text: string, columns: readonly string[], onRow: (values: readonly string[]) => void): void {
  const firstBreak = text.indexOf("\n");
  const positions = regionCsvColumns(text, columns);
  const values = columns.map(() => "");
  let start = firstBreak < 0 ? text.length : firstBreak + 1;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (lineEnd > start) {
      const fields = splitLine(text.slice(start, lineEnd));
      for (let i = 0; i < positions.length; i++) values[i] = fields[positions[i]!] ?? "";
      onRow(values);
    }
    start = end + 1;
  }
}

/** Where each requested column is on the list's header line; throws, naming the header, when one is missing. */
export function regionCsvColumns(text: string, columns: readonly string[]): number[] {
  const firstBreak = text.indexOf("\n");
  const header = splitLine(text.slice(0, firstBreak < 0 ? text.length : firstBreak).replace(/^\uFEFF/, "").replace(/\r$/, ""));
  return columns.map((column) => {
    const position = header.indexOf(column);
    if (position < 0) throw new Error(`Kolom '${column}' tidak ada pada daftar kode wilayah (judul: ${header.join(", ")}).`);
    return position;
  });
}

/**
 * The requested columns of the last line whose first value is `key` written bare ("61.04.01.2014,…"),
 * found with one native search instead of reading the whole list; undefined when there is none (the
 * caller then reads the list, which also finds a key written some other way).
 */
export function findRegionCsvRow(text: string, columns: readonly string[], key: string): string[] | undefined {
  const start = text.lastIndexOf("\n" + key + ",") + 1;
  if (start === 0) return undefined;
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const fields = splitLine(text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end));
  return regionCsvColumns(text, columns).map((position) => fields[position] ?? "");
}

function splitLine(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}
