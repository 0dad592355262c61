import { cellAddress } from "../../domain/cell/a1";
import { NOTE_MARKER } from "../office/highlight-plan";
import { addRelationship, closeWith, CONTENT_TYPE, declareContentType, declareDefaultContentType, readRelationships, REL } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";
import { attribute, elements as elementsOf, escapeXml, insertionPoint, unescapeXml } from "./xml-text";

export interface NoteRequest {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface NotesOutcome {
  readonly written: number;
  /** Cells that already hold a note of the user's: theirs is kept, ours is not written. */
  readonly skipped: number;
}

const AUTHOR = "Pekerja Rentan";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Writes the add-in's notes into a sheet as Excel's classic notes: a comments part (the text) and a
 * VML drawing (the yellow box Excel shows on hover). A sheet that already has notes gets ours added to
 * its own parts; a note of the user's on a marked cell is never replaced, one of ours (from an earlier
 * check) is given the new text.
 */
export function writeNotes(pkg: XlsxPackage, sheetPart: string, notes: ReadonlyArray<NoteRequest>, removeOurs: ReadonlyArray<{ row: number; column: number }> = []): NotesOutcome {
  if (notes.length === 0 && removeOurs.length === 0) return { written: 0, skipped: 0 };
  const rels = readRelationships(pkg, sheetPart);
  const commentsPart = rels.find((rel) => rel.type === REL.comments)?.part;
  const vmlPart = rels.find((rel) => rel.type === REL.vmlDrawing)?.part;
  if (!commentsPart && notes.length === 0) return { written: 0, skipped: 0 };

  let comments = (commentsPart && pkg.text(commentsPart)) || emptyComments();
  let vml = (vmlPart && pkg.text(vmlPart)) || emptyVml(pkg);
  const authorId = authorIndex(comments);
  if (authorId.added) comments = authorId.xml;

  const existing = new Map(elementsOf(comments, "comment").map((entry) => [attribute(entry.startTag, "ref") ?? "", entry]));
  let written = 0;
  let skipped = 0;
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const added: string[] = [];
  const shapes: string[] = [];
  let shapeId = nextShapeId(vml);
  for (const note of notes) {
    const ref = cellAddress(note.row, note.column);
    // One run with Excel's note font: some readers (exceljs among them) take a note's text only from runs.
    const entry = `<comment ref="${ref}" authorId="${authorId.index}"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">${escapeXml(note.text)}</t></r></text></comment>`;
    const found = existing.get(ref);
    if (found) {
      if (!commentText(found.text).startsWith(NOTE_MARKER)) {
        skipped++;
        continue;
      }
      replacements.push({ start: found.start, end: found.end, text: entry });
    } else {
      added.push(entry);
      shapes.push(noteShape(shapeId++, note.row, note.column));
    }
    written++;
  }
  // Our notes of an earlier check on cells no longer marked go, with their boxes; the user's stay.
  const noted = new Set(notes.map((note) => cellAddress(note.row, note.column)));
  for (const { row, column } of removeOurs) {
    const ref = cellAddress(row, column);
    const found = existing.get(ref);
    if (noted.has(ref) || !found || !commentText(found.text).startsWith(NOTE_MARKER)) continue;
    replacements.push({ start: found.start, end: found.end, text: "" });
    vml = vml.replace(new RegExp(`<v:shape\\b(?:(?!</v:shape>)[\\s\\S])*?<x:Row>${row - 1}</x:Row>\\s*<x:Column>${column - 1}</x:Column>[\\s\\S]*?</v:shape>`), "");
  }
  for (const change of replacements.sort((a, b) => b.start - a.start)) {
    comments = comments.slice(0, change.start) + change.text + comments.slice(change.end);
  }
  if (added.length > 0) comments = closeWith(comments, "commentList", added.join(""));
  if (shapes.length > 0) vml = vml.replace(/<\/xml>\s*$/, `${shapes.join("")}</xml>`);

  const commentsPath = commentsPart ?? pkg.freePath("xl/comments", ".xml");
  pkg.setText(commentsPath, comments);
  if (!commentsPart) {
    declareContentType(pkg, commentsPath, CONTENT_TYPE.comments);
    addRelationship(pkg, sheetPart, REL.comments, commentsPath);
  }
  const vmlPath = vmlPart ?? pkg.freePath("xl/drawings/vmlDrawing", ".vml");
  pkg.setText(vmlPath, vml);
  if (!vmlPart) {
    declareDefaultContentType(pkg, "vml", CONTENT_TYPE.vml);
    const relId = addRelationship(pkg, sheetPart, REL.vmlDrawing, vmlPath);
    pkg.setText(sheetPart, withLegacyDrawing(pkg.text(sheetPart)!, relId));
  }
  return { written, skipped };
}

/** The cells of a sheet that hold a note, and whether each note is the add-in's (starts with its marker). */
export function noteOwners(pkg: XlsxPackage, sheetPart: string): Map<string, "ours" | "foreign"> {
  const part = readRelationships(pkg, sheetPart).find((rel) => rel.type === REL.comments)?.part;
  const xml = part ? pkg.text(part) : undefined;
  const owners = new Map<string, "ours" | "foreign">();
  for (const entry of elementsOf(xml ?? "", "comment")) {
    owners.set(attribute(entry.startTag, "ref") ?? "", commentText(entry.text).startsWith(NOTE_MARKER) ? "ours" : "foreign");
  }
  return owners;
}

function emptyComments(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
}

/** A VML drawing with the note shape type, its shape ids in a block no other drawing of the file uses. */
function emptyVml(pkg: XlsxPackage): string {
  const blocks = pkg
    .paths()
    .filter((path) => path.endsWith(".vml"))
    .flatMap((path) => [...(pkg.text(path) ?? "").matchAll(/<o:idmap[^>]*\sdata="([^"]*)"/g)].flatMap((m) => m[1]!.split(",").map(Number)));
  const block = Math.max(0, ...blocks.filter(Number.isFinite)) + 1;
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    "</xml>"
  );
}

function nextShapeId(vml: string): number {
  const used = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const block = Number(/<o:idmap[^>]*\sdata="(\d+)/.exec(vml)?.[1] ?? 1);
  return Math.max(block * 1024, ...used) + 1;
}

function noteShape(id: number, row: number, column: number): string {
  // The anchor puts the box to the right of the cell, as Excel does for a new note.
  const anchor = `${column}, 15, ${Math.max(0, row - 2)}, 2, ${column + 2}, 15, ${row + 3}, 16`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`
  );
}

function authorIndex(comments: string): { index: number; added: boolean; xml: string } {
  const authors = elementsOf(comments, "author").map((author) => unescapeXml(author.text.replace(/^<author[^>]*>|<\/author>$/g, "")));
  const index = authors.indexOf(AUTHOR);
  if (index >= 0) return { index, added: false, xml: comments };
  const withAuthors = /<authors\s*\/>/.test(comments) ? comments.replace(/<authors\s*\/>/, "<authors></authors>") : comments;
  return { index: authors.length, added: true, xml: closeWith(withAuthors, "authors", `<author>${AUTHOR}</author>`) };
}

/** A comment's plain text: its runs' <t> contents, joined. */
function commentText(entry: string): string {
  return [...entry.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join("");
}

/** The sheet with <legacyDrawing r:id> in its place in the schema's element order. */
function withLegacyDrawing(sheet: string, relId: string): string {
  let xml = sheet;
  const root = /<worksheet\b[^>]*>/.exec(xml)!;
  if (!/\sxmlns:r=/.test(root[0])) {
    xml = xml.slice(0, root.index) + root[0].replace(/>$/, ` xmlns:r="${R_NS}">`) + xml.slice(root.index + root[0].length);
  }
  const at = insertionPoint(xml, ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"], "worksheet");
  return `${xml.slice(0, at)}<legacyDrawing r:id="${relId}"/>${xml.slice(at)}`;
}
