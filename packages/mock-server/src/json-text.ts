/**
 * `JSON.stringify` for response bodies, cut into strings of about {@link CHUNK_CHARS}
 * characters. A page of 100 users with every expand is ~600 KB of JSON: as one string it lands
 * in V8's large-object space (freed only by full GCs) and is built and flattened in one piece;
 * in pieces of this size, serializing it took half the time, and every piece dies young.
 */
export const CHUNK_CHARS = 64 * 1024;

/** How many levels are cut into pieces: the body and its members (a page and its entities). */
const PIECEWISE_LEVELS = 2;

const isPlainContainer = (value: unknown): value is object => {
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The JSON text of `value` as strings whose concatenation is exactly `JSON.stringify(value)`
 * (same keys, order, skipped members and errors: a cycle or a BigInt throws), or undefined
 * where `JSON.stringify` gives undefined. Plain objects and arrays of the first two levels are
 * written member by member; everything below them, and anything with a `toJSON`, by
 * `JSON.stringify` itself (a `toJSON` there is called with the key "", which `Date`'s ignores).
 */
export function jsonChunks(value: unknown): string[] | undefined {
  if (!isPlainContainer(value)) {
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? undefined : [text];
  }
  const chunks: string[] = [];
  let current = "";
  const emit = (text: string) => {
    current += text;
    if (current.length >= CHUNK_CHARS) {
      chunks.push(current);
      current = "";
    }
  };
  const container = (node: object, level: number): void => {
    const piecewise = (member: unknown) => level + 1 < PIECEWISE_LEVELS && isPlainContainer(member);
    if (Array.isArray(node)) {
      emit("[");
      for (let i = 0; i < node.length; i++) {
        if (i > 0) emit(",");
        const item: unknown = node[i];
        if (piecewise(item)) {
          container(item as object, level + 1);
        } else {
          emit((JSON.stringify(item) as string | undefined) ?? "null");
        }
      }
      emit("]");
      return;
    }
    emit("{");
    let separator = "";
    for (const key of Object.keys(node)) {
      const member = (node as Record<string, unknown>)[key];
      if (piecewise(member)) {
        emit(`${separator}${JSON.stringify(key)}:`);
        container(member as object, level + 1);
      } else {
        const text = JSON.stringify(member) as string | undefined;
        if (text === undefined) continue;
        emit(`${separator}${JSON.stringify(key)}:${text}`);
      }
      separator = ",";
    }
    emit("}");
  };
  container(value, 0);
  if (current !== "" || chunks.length === 0) chunks.push(current);
  return chunks;
}
