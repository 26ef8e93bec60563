// jsonChunks (how the node:http transport serializes answers) must give exactly the text
// JSON.stringify gives, in pieces small enough to stay out of V8's large-object space.
import { describe, expect, it } from "vitest";
import { CHUNK_CHARS, jsonChunks } from "../src/json-text.js";

const same = (value: unknown) => {
  const chunks = jsonChunks(value);
  const expected = JSON.stringify(value) as string | undefined;
  if (expected === undefined) expect(chunks).toBeUndefined();
  else expect(chunks?.join("")).toBe(expected);
  return chunks;
};

describe("jsonChunks", () => {
  it.each([
    ["null", null],
    ["a number", 42],
    ["a string", 'a "quoted" \u2028 string'],
    ["an empty object", {}],
    ["an empty array", []],
    ["undefined", undefined],
    ["a function", () => 1],
    ["a Date", new Date(0)],
    ["a boxed string", Object("boxed")],
    ["a null-prototype object", Object.assign(Object.create(null) as object, { a: 1 })],
  ])("%s", (_, value) => {
    same(value);
  });

  it("members JSON.stringify skips or turns into null", () => {
    same({
      a: undefined,
      b: () => 1,
      c: Symbol("s"),
      d: [undefined, () => 1, Symbol("t"), null, Number.NaN, -0, Infinity],
      e: { nested: undefined, kept: 1 },
      f: new Date(86_400_000),
      g: { toJSON: () => "custom" },
      h: [{ toJSON: () => ({ deep: true }) }],
    });
    same([undefined, { a: undefined }, [undefined]]);
  });

  it("keys in JSON.stringify's order, __proto__ and odd keys included", () => {
    const value = JSON.parse('{"b":1,"2":2,"a":{"__proto__":{"x":1},"1":[]},"":0}') as unknown;
    same(value);
    same({ list: [value, value] });
  });

  it("a page of large entities: pieces of about 64K characters, the same text", () => {
    const entity = (i: number) => ({
      id: `user-${i}`,
      name: "x".repeat(3_000),
      addresses: [{ address: `${i}@example.com`, mediaType: "EMAIL", extra: { i } }],
    });
    const page = {
      entities: Array.from({ length: 100 }, (_, i) => entity(i)),
      pageSize: 100,
      pageNumber: 1,
      total: 100,
      nextUri: undefined,
    };
    const chunks = same(page) ?? [];
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_CHARS);
      expect(chunk.length).toBeLessThan(CHUNK_CHARS + 4_000);
    }
  });

  it("throws where JSON.stringify throws: cycles and BigInt", () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle["self"] = cycle;
    expect(() => jsonChunks(cycle)).toThrow(TypeError);
    const list: unknown[] = [];
    list.push({ list });
    expect(() => jsonChunks({ list })).toThrow(TypeError);
    expect(() => jsonChunks({ entities: [{ n: 1n }] })).toThrow(TypeError);
  });
});
