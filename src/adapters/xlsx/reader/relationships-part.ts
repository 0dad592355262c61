import type { XmlAttributes, XmlHandler } from "./xml-tokenizer";

/** A .rels part: relationship id -> the target part's full name inside the zip. */
export class RelationshipsHandler implements XmlHandler {
  readonly targets = new Map<string, string>();

  /** `base` is the folder of the part the relationships belong to ("xl/worksheets"). */
  constructor(private readonly base: string) {}

  open(name: string, attributes: XmlAttributes): void {
    if (name !== "Relationship" || attributes.TargetMode === "External") return;
    const id = attributes.Id;
    const target = attributes.Target;
    if (id !== undefined && target !== undefined && !this.targets.has(id)) this.targets.set(id, resolvePartName(this.base, target));
  }

  close(): void {}
  text(): void {}
}

/** "xl/worksheets" + "../tables/table1.xml" -> "xl/tables/table1.xml"; a target starting with "/" is from the zip's root. */
export function resolvePartName(base: string, target: string): string {
  const segments = target.startsWith("/") ? [] : base.split("/").filter(Boolean);
  for (const segment of target.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}
