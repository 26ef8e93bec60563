// checkJsonDepth: any depth without recursion, the first too-deep value named by its JSON
// Pointer, work linear in the size of the value.
import { describe, expect, it } from "vitest";
import { checkJsonDepth, MAX_JSON_DEPTH } from "../src/json-limits.js";

/** `{ key: { key: ... leaf } }`, `levels` objects deep, built without recursion. */
function nested(levels: number, key = "x", leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i++) value = { [key]: value };
  return value;
}

/** `[[[ ... leaf ]]]`, `levels` arrays deep. */
function nestedArrays(levels: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

const pointer = (segments: number, segment = "x") => `/${segment}`.repeat(segments);

describe("checkJsonDepth", () => {
  it("the limit is 64 levels", () => {
    expect(MAX_JSON_DEPTH).toBe(64);
  });

  it.each([null, 0, "deep", true, [], {}, [1, [2]], { a: { b: [] } }])("accepts %j", (value) => {
    expect(checkJsonDepth(value)).toEqual({ ok: true });
  });

  it("accepts exactly 64 levels, scalars inside the deepest included", () => {
    expect(checkJsonDepth(nested(64))).toEqual({ ok: true });
    expect(checkJsonDepth(nested(64, "x", "a string leaf"))).toEqual({ ok: true });
    expect(checkJsonDepth(nestedArrays(64))).toEqual({ ok: true });
  });

  it("refuses 65 levels, naming the 65th object", () => {
    const result = checkJsonDepth(nested(65));
    expect(result).toEqual({
      ok: false,
      path: pointer(64),
      message: expect.stringContaining("nested more than 64 levels") as unknown,
    });
  });

  it("a 100,000-deep value is refused, without a stack overflow", () => {
    const deep = nested(100_000);
    const result = checkJsonDepth(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.path).toBe(pointer(64));
      expect(result.message).toContain(pointer(64));
    }
    // JSON.stringify cannot even take it: what the check keeps away from the store.
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
  });

  it("a 100,000-deep array (as JSON.parse makes it) is refused at /0/0/...", () => {
    const text = "[".repeat(100_000) + "]".repeat(100_000);
    const result = checkJsonDepth(JSON.parse(text));
    expect(result).toMatchObject({ ok: false, path: pointer(64, "0") });
  });

  it("names the first too-deep value in document order", () => {
    const value = {
      shallow: { a: 1 },
      list: [{ ok: true }, nested(70, "y")],
      later: nested(70, "z"),
    };
    const result = checkJsonDepth(value);
    // list (1 level below the root) > item 1 > 62 more "y" objects.
    expect(result).toMatchObject({ ok: false, path: `/list/1${pointer(62, "y")}` });
  });

  it("escapes ~ and / in the pointer, and keeps __proto__ and constructor as keys", () => {
    const value = JSON.parse(`{"a/b":{"c~d":{"__proto__":{"constructor":{"x":{}}}}}}`) as unknown;
    const result = checkJsonDepth(value, 5);
    expect(result).toMatchObject({ ok: false, path: "/a~1b/c~0d/__proto__/constructor/x" });
  });

  it("takes another limit", () => {
    expect(checkJsonDepth(nested(3), 3)).toEqual({ ok: true });
    expect(checkJsonDepth(nested(4), 3)).toMatchObject({ ok: false, path: "/x/x/x" });
    expect(checkJsonDepth({}, 0)).toMatchObject({ ok: false, path: "" });
  });

  it("ends on a cyclic value", () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    expect(checkJsonDepth(cycle)).toMatchObject({ ok: false, path: pointer(64, "self") });
  });

  it("accepts wide values: 20,000 items, 20,000 keys", () => {
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, [i]]));
    expect(checkJsonDepth(Array.from({ length: 20_000 }, (_, i) => ({ i })))).toEqual({
      ok: true,
    });
    expect(checkJsonDepth(wide)).toEqual({ ok: true });
  });

  it("reads each property once and lists each object's keys once: linear work", () => {
    const counts = { reads: 0, keys: 0 };
    const count = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          if (typeof key === "string" && key !== "length") counts.reads += 1;
          return Reflect.get(object, key, receiver) as unknown;
        },
        ownKeys(object) {
          counts.keys += 1;
          return Reflect.ownKeys(object);
        },
      });
    // A tree of 1 + 40 + 40*40 objects, 40*40*3 scalars below them: 1,640 edges to objects
    // and 4,800 to scalars.
    const tree = count(
      Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [
          `a${i}`,
          count(Array.from({ length: 40 }, () => count({ p: 1, q: "two", r: null }))),
        ]),
      ),
    );
    expect(checkJsonDepth(tree)).toEqual({ ok: true });
    expect(counts.reads).toBe(40 + 40 * 40 + 40 * 40 * 3);
    // Arrays are walked by index; only plain objects have their keys listed.
    expect(counts.keys).toBe(1 + 40 * 40);
  });
});
