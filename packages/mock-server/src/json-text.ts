/**
 * `JSON.stringify` for response bodies, in pieces: strings of about {@link CHUNK_CHARS}
 * characters, and users' views serialized already. A page of 100 users with every expand is
 * ~600 KB of JSON: as one string it lands in V8's large-object space (freed only by full GCs)
 * and is built and flattened in one piece; in pieces of this size, serializing it took half
 * the time, and every piece dies young. Views serialized already stay pieces of their own:
 * concatenated into strings, each answer flattened 600 KB again, and the young-generation
 * collections that copied those strings took most of the server's time.
 */
export const CHUNK_CHARS = 64 * 1024;

/** How many levels are cut into pieces: the body and its members (a page and its entities). */
const PIECEWISE_LEVELS = 2;

const encoder = new TextEncoder();

/**
 * A JSON value already serialized (a user's cached view). {@link jsonPieces} keeps it as a
 * piece of its own; `JSON.stringify` writes the text parsed again, which is the same text:
 * either way, a value holding one serializes as if it held the value itself.
 */
export class JsonText {
  #bytes: Uint8Array | undefined;

  /** `text` must be JSON text that `JSON.stringify` made. */
  constructor(readonly text: string) {}

  /** The text in UTF-8, encoded once: what a transport sends. */
  get bytes(): Uint8Array {
    this.#bytes ??= encoder.encode(this.text);
    return this.#bytes;
  }

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** JSON text in pieces: strings, and serialized values kept as they are. */
export type JsonPiece = string | JsonText;

/** The text that pieces make, joined. */
export const joinPieces = (pieces: readonly JsonPiece[]): string =>
  pieces.map((piece) => (typeof piece === "string" ? piece : piece.text)).join("");

const isPlainContainer = (value: unknown): value is object => {
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The JSON text of `value` in pieces, whose text joined is exactly `JSON.stringify(value)`
 * (same keys, order, skipped members and errors: a cycle or a BigInt throws), or undefined
 * where `JSON.stringify` gives undefined. Plain objects and arrays of the first two levels are
 * written member by member; everything below them, and anything with a `toJSON`, by
 * `JSON.stringify` itself (a `toJSON` there is called with the key "", which `Date`'s ignores).
 * A {@link JsonText} on those two levels is a piece of its own; the strings between are cut at
 * about {@link CHUNK_CHARS} characters.
 */
export function jsonPieces(value: unknown): JsonPiece[] | undefined {
  if (value instanceof JsonText) return [value];
  if (!isPlainContainer(value)) {
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? undefined : [text];
  }
  const pieces: JsonPiece[] = [];
  let current = "";
  const emit = (text: string) => {
    current += text;
    if (current.length >= CHUNK_CHARS) {
      pieces.push(current);
      current = "";
    }
  };
  const keep = (text: JsonText) => {
    if (current !== "") pieces.push(current);
    current = "";
    pieces.push(text);
  };
  const container = (node: object, level: number): void => {
    const piecewise = (member: unknown) => level + 1 < PIECEWISE_LEVELS && isPlainContainer(member);
    if (Array.isArray(node)) {
      emit("[");
      for (let i = 0; i < node.length; i++) {
        if (i > 0) emit(",");
        const item: unknown = node[i];
        if (item instanceof JsonText) {
          keep(item);
        } else if (piecewise(item)) {
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
      if (member instanceof JsonText) {
        emit(`${separator}${JSON.stringify(key)}:`);
        keep(member);
      } else if (piecewise(member)) {
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
  if (current !== "" || pieces.length === 0) pieces.push(current);
  return pieces;
}
