import { addRelationship, CONTENT_TYPE, declareContentType, readRelationships, REL } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";
import { attribute, elements, escapeXml } from "./xml-text";

/**
 * The add-in's workbook settings as Excel keeps them in the file: properties of the add-in's "web
 * extension" part (xl/webextensions/webextensionN.xml, listed by taskpanes.xml), each value JSON text.
 * Reading them here lets the browser page use the village settings saved by the add-in, and writing
 * them the same way lets the add-in read what was saved in the browser.
 */
export const ADDIN_ID = "7b549f10-c40e-46b6-89fb-b72ee73c15f3";

const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Setting names only this add-in writes (pane settings, highlight ledger). */
const OUR_SETTING_NAMES = ["pekerjarentan.pengaturan", "pekerjarentan.tanda"];

/**
 * The web extension part of this add-in, if the file has one: the one naming the manifest's id
 * (sideloaded or centrally deployed), else the one holding our settings (installed from AppSource, the
 * reference names the store's asset id instead), so those settings are read and updated in place.
 */
function ourExtensionPart(pkg: XlsxPackage): string | undefined {
  const parts = pkg.paths().filter((path) => /^xl\/webextensions\/webextension\d*\.xml$/.test(path));
  const byId = parts.find((path) => {
    const reference = elements(pkg.text(path) ?? "", "we:reference")[0];
    return reference !== undefined && (attribute(reference.startTag, "id") ?? "").toLowerCase().includes(ADDIN_ID);
  });
  return (
    byId ??
    parts.find((path) =>
      elements(pkg.text(path) ?? "", "we:property").some(({ startTag }) => OUR_SETTING_NAMES.includes((attribute(startTag, "name") ?? "").toLowerCase())),
    )
  );
}

export function readSettings(pkg: XlsxPackage): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  const part = ourExtensionPart(pkg);
  if (!part) return settings;
  for (const { startTag } of elements(pkg.text(part) ?? "", "we:property")) {
    const name = attribute(startTag, "name");
    const raw = attribute(startTag, "value");
    if (name === undefined || raw === undefined) continue;
    try {
      settings.set(name, JSON.parse(raw));
    } catch {
      settings.set(name, raw);
    }
  }
  return settings;
}

/** Replaces the add-in's properties with `settings`, creating the parts when the file has none. */
export function writeSettings(pkg: XlsxPackage, settings: ReadonlyMap<string, unknown>): void {
  const properties = [...settings]
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `<we:property name="${escapeXml(name)}" value="${escapeXml(JSON.stringify(value))}"/>`)
    .join("");
  const existing = ourExtensionPart(pkg);
  if (existing) {
    const xml = pkg.text(existing)!;
    const replaced = /<we:properties\s*\/>|<we:properties>[\s\S]*?<\/we:properties>/.test(xml)
      ? xml.replace(/<we:properties\s*\/>|<we:properties>[\s\S]*?<\/we:properties>/, `<we:properties>${properties}</we:properties>`)
      : xml.replace(/(<we:alternateReferences[\s\S]*?(\/>|<\/we:alternateReferences>)|<we:reference[^>]*\/>)/, `$1<we:properties>${properties}</we:properties>`);
    pkg.setText(existing, replaced);
    return;
  }
  if (settings.size === 0) return;
  const part = pkg.freePath("xl/webextensions/webextension", ".xml");
  pkg.setText(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE_NS}" id="{${ADDIN_ID.toUpperCase()}}">` +
      `<we:reference id="${ADDIN_ID}" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>` +
      `<we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="${R_NS}"/></we:webextension>`,
  );
  declareContentType(pkg, part, CONTENT_TYPE.webextension);
  const taskpanes = readRelationships(pkg, "").find((rel) => rel.type === REL.webextensionTaskpanes)?.part;
  const taskpanesPart = taskpanes ?? "xl/webextensions/taskpanes.xml";
  if (!taskpanes) {
    pkg.setText(
      taskpanesPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP_NS}"></wetp:taskpanes>`,
    );
    declareContentType(pkg, taskpanesPart, CONTENT_TYPE.webextensionTaskpanes);
    addRelationship(pkg, "", REL.webextensionTaskpanes, taskpanesPart);
  }
  const relId = addRelationship(pkg, taskpanesPart, REL.webextension, part);
  const xml = pkg.text(taskpanesPart)!;
  const entry = `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${R_NS}" r:id="${relId}"/></wetp:taskpane>`;
  pkg.setText(taskpanesPart, xml.replace(/<\/wetp:taskpanes>\s*$/, `${entry}</wetp:taskpanes>`));
}
