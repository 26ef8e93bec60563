// Reads a seed table (an SDK-doc style Markdown table: Name | Type | Description | Notes) into
// fields with their wire name, type, description and required flag. Anything it does not
// recognise is an error, so a changed seed cannot pass unnoticed.

export type SeedType =
  | { kind: "str" | "int" | "bool" }
  | { kind: "model"; name: string }
  | { kind: "list"; items: SeedType };

export interface SeedField {
  /** The seed's snake_case name, e.g. `primary_contact_info`. */
  seedName: string;
  /** The camelCase name on the wire, e.g. `primaryContactInfo`. */
  wireName: string;
  type: SeedType;
  /** Verbatim from the seed; empty when the seed gives none. */
  description: string;
  required: boolean;
}

export function snakeToCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function parseTypeName(text: string): SeedType {
  const list = /^list\[(.+)\]$/.exec(text);
  if (list?.[1]) return { kind: "list", items: parseTypeName(list[1]) };
  if (text === "str" || text === "int" || text === "bool") return { kind: text };
  if (/^[A-Z][A-Za-z0-9]*$/.test(text)) return { kind: "model", name: text };
  throw new Error(`unknown seed type ${JSON.stringify(text)}`);
}

function innermostModel(type: SeedType): string | undefined {
  if (type.kind === "model") return type.name;
  if (type.kind === "list") return innermostModel(type.items);
  return undefined;
}

/** `**str**`, `**list[str]**`, `[**Division**](Division.html)`, `[**list[Contact]**](Contact.html)`. */
export function parseSeedType(cell: string): SeedType {
  const linked = /^\[\*\*(.+)\*\*\]\(([A-Za-z0-9]+)\.html\)$/.exec(cell);
  if (linked?.[1] && linked[2]) {
    const type = parseTypeName(linked[1]);
    if (innermostModel(type) !== linked[2]) {
      throw new Error(`seed type ${cell} links to a different model than it names`);
    }
    return type;
  }
  const plain = /^\*\*(.+)\*\*$/.exec(cell);
  if (plain?.[1]) return parseTypeName(plain[1]);
  throw new Error(`unreadable seed type cell ${JSON.stringify(cell)}`);
}

function cellsOf(line: string): string[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith("|") || !trimmed.endsWith("|"))
    throw new Error(`not a table row: ${line}`);
  return trimmed
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim());
}

export function parseSeedTable(markdown: string): SeedField[] {
  const lines = markdown.split(/\r?\n/);
  const header = lines.findIndex((line) => line.trim().startsWith("|"));
  if (header < 0) throw new Error("the seed has no table");
  const columns = cellsOf(lines[header] ?? "").map((cell) => cell.toLowerCase());
  if (columns.join(",") !== "name,type,description,notes") {
    throw new Error(`unexpected seed table columns: ${columns.join(", ")}`);
  }
  if (!/^\|[\s|:-]+\|$/.test(lines[header + 1]?.trim() ?? "")) {
    throw new Error("the seed table's header is not followed by a separator row");
  }
  const fields: SeedField[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.trim().startsWith("|")) break;
    const [nameCell, typeCell, description, notes, ...rest] = cellsOf(line);
    if (nameCell === undefined || typeCell === undefined || description === undefined) {
      throw new Error(`short seed row: ${line}`);
    }
    if (notes === undefined || rest.length > 0)
      throw new Error(`seed row with wrong cell count: ${line}`);
    const name = /^\*\*([a-z][a-z0-9_]*)\*\*$/.exec(nameCell)?.[1];
    if (!name) throw new Error(`unreadable seed name cell ${JSON.stringify(nameCell)}`);
    if (notes !== "" && notes !== "[optional]") throw new Error(`unknown seed note ${notes}`);
    fields.push({
      seedName: name,
      wireName: snakeToCamel(name),
      type: parseSeedType(typeCell),
      description,
      required: notes === "",
    });
  }
  if (fields.length === 0) throw new Error("the seed table has no rows");
  return fields;
}
