import { Zip, type DeflateOptions } from "fflate";
import { sheetNameText, type CutCell } from "../write-cell-text";
import { DeflatedEntry, fflateDeflater, type Crc32, type DeflaterFactory } from "./deflater";
import { StyleRegistry, type CellStyle, type StyleId } from "./cell-style";
import { SharedStrings } from "./shared-strings";
import { SheetWriter, type SheetOptions, type SheetSummary } from "./sheet-writer";
import { xmlAttribute, xmlText } from "./xml-text";

export interface XlsxWriterOptions {
  /**
   * "shared" (the default, what Excel writes): each distinct text once in xl/sharedStrings.xml, held in
   * memory until the end. "inline": texts in the cells, nothing held, a larger file.
   */
  readonly strings?: "shared" | "inline";
  /** Deflate level; 6 by default, 1 is faster and about 20% larger. */
  readonly level?: DeflateOptions["level"];
  /** The compressor: fflate's (pure JavaScript, the browser's) unless Node passes zlib's (`node-deflater.ts`). */
  readonly deflater?: DeflaterFactory;
  /** The zip's CRC-32: fflate's (JavaScript) unless Node passes zlib's (`node-deflater.ts`). */
  readonly checksum?: Crc32;
  /** Told of every text cut at Excel's limit of 32,767 characters (`write-cell-text.ts`). */
  readonly onCut?: (cell: CutCell) => void;
  /** The moment written into docProps/core.xml (now by default; fixed in tests for identical bytes). */
  readonly now?: Date;
}

/**
 * A streaming .xlsx writer: sheets are written one after the other, row by row, into fflate's streaming
 * zip, and each compressed piece goes to `sink` as soon as it exists (a file descriptor in Node, a list of
 * chunks in the browser). What is held until the end is only the shared-string table and the styles.
 *
 * The document properties carry no personal data: only `creator`, `lastModifiedBy` and `keywords`, which
 * `markWorkbook` sets to say the file is ours.
 */
export class XlsxWriter {
  creator = "";
  lastModifiedBy = "";
  keywords = "";
  /** The document's title (File > Info): no personal data, only what the output is. */
  title = "";

  private readonly zip: Zip;
  private readonly styles = new StyleRegistry();
  private readonly strings: SharedStrings | undefined;
  private readonly sheets: Array<{ name: string; hidden: boolean; summary?: SheetSummary }> = [];
  private current: SheetWriter | undefined;
  private failure: unknown;
  private finished = false;

  constructor(
    sink: (chunk: Uint8Array) => void,
    private readonly options: XlsxWriterOptions = {},
  ) {
    this.strings = options.strings === "inline" ? undefined : new SharedStrings();
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      sink(chunk);
    });
  }

  /** Registers a style once; cells refer to the id. */
  style(style: CellStyle): StyleId {
    return this.styles.register(style);
  }

  /**
   * Starts the next sheet (ending the one being written). The name is made valid for Excel: characters it
   * refuses (`[ ] : * ? / \` and what XML forbids) become "-", at most 31 characters.
   */
  addSheet(name: string, options: SheetOptions = {}): SheetWriter {
    this.guard();
    this.current?.end();
    const valid = validSheetName(name);
    if (this.sheets.some((s) => s.name.toLowerCase() === valid.toLowerCase())) throw new RangeError(`Nama lembar "${valid}" sudah dipakai di buku kerja ini.`);
    const entry: { name: string; hidden: boolean; summary?: SheetSummary } = { name: valid, hidden: Boolean(options.hidden) };
    const part = this.entry(`xl/worksheets/sheet${this.sheets.length + 1}.xml`);
    this.zip.add(part);
    const selected = !this.sheets.some((s) => !s.hidden) && !options.hidden;
    this.sheets.push(entry);
    const encoder = new TextEncoder();
    const sheet = new SheetWriter(valid, options, {
      strings: this.strings,
      dateStyle: (id) => this.styles.forDate(id),
      onCut: this.options.onCut,
      selected,
      push: (xml, final) => this.guarded(() => part.push(encoder.encode(xml), final)),
      onEnd: (summary) => {
        entry.summary = summary;
        if (this.current === sheet) this.current = undefined;
      },
    });
    this.current = sheet;
    return sheet;
  }

  /** Ends the last sheet and writes the workbook's remaining parts; the sink has the whole file after this. */
  finish(): void {
    this.guard();
    this.current?.end();
    if (this.sheets.length === 0) this.addSheet("Sheet1").end();
    this.finished = true;
    this.guarded(() => {
      if (this.strings) this.addPart("xl/sharedStrings.xml", this.strings.xml());
      this.addPart("xl/styles.xml", [this.styles.xml()]);
      this.addPart("xl/workbook.xml", [this.workbookXml()]);
      this.addPart("xl/_rels/workbook.xml.rels", [this.workbookRels()]);
      this.addPart("docProps/core.xml", [this.coreXml()]);
      this.addPart("_rels/.rels", [ROOT_RELS]);
      this.addPart("[Content_Types].xml", [this.contentTypes()]);
      this.zip.end();
    });
  }

  private addPart(name: string, pieces: Iterable<string>): void {
    const part = this.entry(name);
    this.zip.add(part);
    const encoder = new TextEncoder();
    for (const piece of pieces) part.push(encoder.encode(piece));
    part.push(new Uint8Array(0), true);
  }

  private entry(name: string): DeflatedEntry {
    return new DeflatedEntry(name, (this.options.deflater ?? fflateDeflater)(this.options.level ?? 6), this.options.checksum);
  }

  // Once the sink has failed (disk full), the zip is unusable: every later call reports the same failure.
  private guarded(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.failure ??= error;
      throw error;
    }
  }

  private guard(): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.finished) throw new Error("Buku kerja ini sudah selesai ditulis.");
  }

  private workbookXml(): string {
    const sheets = this.sheets.map((s, i) => `<sheet name="${xmlAttribute(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("");
    const names = this.sheets.flatMap((s, i) => {
      const quoted = `'${s.name.replace(/'/g, "''")}'`;
      const defined: string[] = [];
      const filter = s.summary?.autoFilter;
      if (filter) {
        const [first, last = first] = filter.split(":");
        defined.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quoted}!${absolute(first!)}:${absolute(last!)}`)}</definedName>`);
      }
      const titles = s.summary?.printTitleRows;
      if (titles) defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quoted}!$${titles.first}:$${titles.last}`)}</definedName>`);
      return defined;
    });
    const active = Math.max(0, this.sheets.findIndex((s) => !s.hidden));
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
      '<workbookPr defaultThemeVersion="124226"/>',
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="${active}"/></bookViews>`,
      `<sheets>${sheets}</sheets>`,
      names.length ? `<definedNames>${names.join("")}</definedNames>` : "",
      // Formulas written without a cached value are calculated when Excel or LibreOffice opens the file.
      '<calcPr calcId="191029" fullCalcOnLoad="1"/>',
      "</workbook>",
    ].join("");
  }

  private workbookRels(): string {
    const sheets = this.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    const n = this.sheets.length;
    const rest = [`<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`];
    if (this.strings) rest.push(`<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[...sheets, ...rest].join("")}</Relationships>`;
  }

  private coreXml(): string {
    const now = (this.options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
    const field = (tag: string, value: string) => (value ? `<${tag}>${xmlText(value)}</${tag}>` : "");
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      field("dc:title", this.title),
      field("dc:creator", this.creator),
      field("cp:keywords", this.keywords),
      field("cp:lastModifiedBy", this.lastModifiedBy),
      `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>`,
      "</cp:coreProperties>",
    ].join("");
  }

  private contentTypes(): string {
    const sheets = this.sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
      sheets,
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
      this.strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : "",
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
      "</Types>",
    ].join("");
  }
}

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';

/** A sheet name Excel accepts: no `[ ] : * ? / \`, not empty, at most 31 characters, no apostrophe at either end. */
export function validSheetName(name: string): string {
  let valid = sheetNameText(name).replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "");
  if (valid.length > 31) valid = valid.slice(0, (valid.charCodeAt(30) & 0xfc00) === 0xd800 ? 30 : 31);
  return valid.trim() === "" ? "Lembar" : valid;
}

function absolute(cell: string): string {
  return cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}
