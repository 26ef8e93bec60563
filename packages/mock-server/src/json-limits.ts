/**
 * Limits on parsed JSON values, checked before anything recursive (validators, read-only
 * stripping, `structuredClone`, `JSON.stringify`) walks a request body: a value nested
 * 10,000 levels deep would overflow their stacks, when it is read back if not before.
 */

/** How many levels of objects and arrays a request body may nest. Real users need < 10. */
export const MAX_JSON_DEPTH = 64;

export type JsonDepthCheck =
  | { ok: true }
  | {
      ok: false;
      /** JSON Pointer (RFC 6901) of the first object or array nested too deeply. */
      path: string;
      message: string;
    };

const isContainer = (value: unknown): value is object =>
  typeof value === "object" && value !== null;

const escapeSegment = (segment: string): string => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** An object or array being walked: its keys (undefined for an array) and the next to visit. */
interface Frame {
  value: object;
  keys: string[] | undefined;
  length: number;
  next: number;
}

const frameOf = (value: object): Frame => {
  if (Array.isArray(value)) return { value, keys: undefined, length: value.length, next: 0 };
  const keys = Object.keys(value);
  return { value, keys, length: keys.length, next: 0 };
};

/**
 * Checks that no object or array in `value` is nested more than `maxDepth` levels deep: the
 * value itself, when it is an object or array, is level 1; scalars add no level. Iterative
 * (any depth, no stack overflow) and linear in the size of the value: each object or array is
 * entered once, and the walk stops at the first one too deep (so it ends on cyclic values too).
 * "First" is document order: keys in their order, array items by index.
 */
export function checkJsonDepth(value: unknown, maxDepth: number = MAX_JSON_DEPTH): JsonDepthCheck {
  if (!isContainer(value)) return { ok: true };
  if (maxDepth < 1) return tooDeep([], maxDepth);
  const frames: Frame[] = [frameOf(value)];
  // segments[i] leads from frames[i] to frames[i + 1].
  const segments: string[] = [];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    if (frame.next >= frame.length) {
      frames.pop();
      segments.pop();
      continue;
    }
    const index = frame.next++;
    const segment = frame.keys === undefined ? String(index) : (frame.keys[index] as string);
    const child: unknown = (frame.value as Record<string, unknown>)[segment];
    if (!isContainer(child)) continue;
    if (frames.length >= maxDepth) return tooDeep([...segments, segment], maxDepth);
    frames.push(frameOf(child));
    segments.push(segment);
  }
  return { ok: true };
}

function tooDeep(segments: readonly string[], maxDepth: number): JsonDepthCheck {
  const path = segments.map((segment) => `/${escapeSegment(segment)}`).join("");
  return {
    ok: false,
    path,
    message: `The value at ${path === "" ? "/" : path} is nested more than ${maxDepth} levels deep.`,
  };
}
