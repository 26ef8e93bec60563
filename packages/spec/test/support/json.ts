// Plain JSON values and the JSON Pointer / $ref helpers the spec tests walk the bundle with.
export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local reference such as `#/components/schemas/User`; undefined when it leads nowhere. */
export function resolvePointer(document: Json, ref: string): Json | undefined {
  if (!ref.startsWith("#")) return undefined;
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return undefined;
  let node: Json | undefined = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** Returns the object a `{ $ref }` points at (following chains), or the object itself. */
export function deref(document: Json, value: Json | undefined): JsonObject {
  const seen = new Set<string>();
  let node = value;
  while (isObject(node) && typeof node["$ref"] === "string") {
    const ref = node["$ref"];
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    node = resolvePointer(document, ref);
  }
  if (!isObject(node)) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return node;
}

/** Every `$ref` string in a JSON tree, with the JSON Pointer of the object holding it. */
export function collectRefs(node: Json, at = "#"): { at: string; ref: string }[] {
  const found: { at: string; ref: string }[] = [];
  const visit = (value: Json, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}/${index}`));
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === "$ref" && typeof child === "string") found.push({ at: path, ref: child });
        else visit(child, `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
      }
    }
  };
  visit(node, at);
  return found;
}
