// jsonPieces (how the node:http transport serializes answers) must give exactly the text
// JSON.stringify gives, in pieces small enough to stay out of V8's large-object space, with
// users' cached views (JsonText) taken as they are.
import { describe, expect, it } from "vitest";
import { CHUNK_CHARS, JsonText, joinPieces, jsonPieces } from "../src/json-text.js";

const same = (value: unknown) => {
  const pieces = jsonPieces(value);
  const expected = JSON.stringify(value) as string | undefined;
  if (expected === undefined) expect(pieces).toBeUndefined();
  else expect(joinPieces(pieces ?? [])).toBe(expected);
  return pieces;
};

describe("jsonPieces", () => {
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
      if (typeof chunk !== "string") throw new Error("only strings expected");
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_CHARS);
      expect(chunk.length).toBeLessThan(CHUNK_CHARS + 4_000);
    }
  });

  it("throws where JSON.stringify throws: cycles and BigInt", () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle["self"] = cycle;
    expect(() => jsonPieces(cycle)).toThrow(TypeError);
    const list: unknown[] = [];
    list.push({ list });
    expect(() => jsonPieces({ list })).toThrow(TypeError);
    expect(() => jsonPieces({ entities: [{ n: 1n }] })).toThrow(TypeError);
  });
});

describe("JsonText", () => {
  const user = { id: "u-1", name: 'Zoë \u2028 "q"', ["__proto__"]: 1, list: [1, { a: null }] };
  const cached = new JsonText(JSON.stringify(JSON.parse(JSON.stringify(user))));

  it("is kept as a piece of its own on the levels written member by member", () => {
    const page = { entities: [cached, cached], total: 2, one: cached };
    const pieces = same(page) ?? [];
    expect(pieces.filter((piece) => piece === cached)).toHaveLength(3);
    expect(joinPieces(pieces)).toBe(
      JSON.stringify({ entities: [user, user], total: 2, one: user }),
    );
  });

  it("serializes as its value anywhere else, and as the whole body", () => {
    same({ deep: { deeper: [cached] } });
    expect(jsonPieces(cached)).toEqual([cached]);
    expect(JSON.stringify([cached])).toBe(`[${cached.text}]`);
  });

  it("sends its text as UTF-8, encoded once", () => {
    expect(new TextDecoder().decode(cached.bytes)).toBe(cached.text);
    expect(cached.bytes).toBe(cached.bytes);
  });
});
