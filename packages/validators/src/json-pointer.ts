// JSON Pointer (RFC 6901) helpers for issue paths. They only read the input.

const hasOwn = Object.prototype.hasOwnProperty;

export function escapeSegment(segment: string): string {
  return /[~/]/.test(segment) ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}

export function pointerSegments(pointer: string): string[] {
  const segments = pointer.split("/");
  segments.shift();
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (segment.includes("~")) segments[i] = segment.replace(/~1/g, "/").replace(/~0/g, "~");
  }
  return segments;
}

export function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
}

export function lastSegment(pointer: string): string {
  return pointerSegments(pointer).at(-1) ?? "";
}

/** The value `pointer` points at inside `root`, or `undefined` when there is none. */
export function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const segment of pointerSegments(pointer)) {
    if (typeof current !== "object" || current === null || !hasOwn.call(current, segment)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const LONGEST_QUOTED_KEY = 80;

/** A property name in double quotes, cut short when it is too long to be worth repeating. */
export function quoteKey(key: string): string {
  return JSON.stringify(
    key.length > LONGEST_QUOTED_KEY ? `${key.slice(0, LONGEST_QUOTED_KEY)}…` : key,
  );
}
const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * How a message names the value at `pointer`: `addresses[1].mediaType`, `groups[0]`, or
 * `value` for the root.
 */
export function pointerLabel(root: unknown, pointer: string): string {
  let label = "";
  let current = root;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(current) && INDEX.test(segment)) label += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) label += label === "" ? segment : `.${segment}`;
    else label += `[${quoteKey(segment)}]`;
    current =
      typeof current === "object" && current !== null && hasOwn.call(current, segment)
        ? (current as Record<string, unknown>)[segment]
        : undefined;
  }
  return label === "" ? "value" : label;
}

/** The pointer as Standard Schema path keys: array indices become numbers. */
export function pathKeys(root: unknown, pointer: string): PropertyKey[] {
  const keys: PropertyKey[] = [];
  let current = root;
  for (const segment of pointerSegments(pointer)) {
    keys.push(Array.isArray(current) && INDEX.test(segment) ? Number(segment) : segment);
    current =
      typeof current === "object" && current !== null && hasOwn.call(current, segment)
        ? (current as Record<string, unknown>)[segment]
        : undefined;
  }
  return keys;
}
