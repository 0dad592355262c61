/**
 * Reads one of the Kemendagri code lists shipped as CSV by idn-area-data (a header line, then
 * `code,parent_code,name`; a name holding a comma is quoted, "Lubuk Pakam I,II", with doubled quotes
 * inside). Calls `onRow` with the requested columns so no intermediate table is built.
 */
export function parseRegionCsv(text: string, columns: readonly string[], onRow: (values: string[]) => void): void {
  const lines = text.split("\n");
  const header = splitLine(lines[0]!.replace(/^\uFEFF/, "").replace(/\r$/, ""));
  const positions = columns.map((column) => {
    const position = header.indexOf(column);
    if (position < 0) throw new Error(`Kolom '${column}' tidak ada pada daftar kode wilayah (judul: ${header.join(", ")}).`);
    return position;
  });
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line === "") continue;
    const fields = splitLine(line);
    onRow(positions.map((position) => fields[position] ?? ""));
  }
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
