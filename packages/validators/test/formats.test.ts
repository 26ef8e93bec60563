// src/formats.ts re-implements some of ajv-formats' full-mode checks for speed; they must
// give exactly its answers. ajv-formats itself is the oracle here.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as formats from "../src/formats.js";

const require = createRequire(import.meta.url);
const { fullFormats } = require("ajv-formats/dist/formats") as {
  fullFormats: Record<
    string,
    { validate: (value: never) => boolean } | ((value: string) => boolean) | RegExp
  >;
};

function oracle(name: string): (value: never) => boolean {
  const format = fullFormats[name];
  if (typeof format === "function") return format;
  if (format instanceof RegExp) return (value: string) => format.test(value);
  if (format === undefined) throw new Error(name);
  return format.validate;
}

/** A small deterministic PRNG (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = "0123456789-:.+TtZz \t\n\u00a0\u2028x/9";

function mutations(seeds: string[], count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(items: ArrayLike<T>): T => items[Math.floor(next() * items.length)] as T;
  const out = [...seeds];
  for (let i = 0; i < count; i++) {
    let text = pick(seeds);
    for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
      const at = Math.floor(next() * (text.length + 1));
      const choice = next();
      if (choice < 0.5) text = text.slice(0, at) + pick(ALPHABET) + text.slice(at + 1);
      else if (choice < 0.75) text = text.slice(0, at) + pick(ALPHABET) + text.slice(at);
      else text = text.slice(0, at) + text.slice(at + 1);
    }
    out.push(text);
  }
  return out;
}

const DATE_TIMES = [
  "2024-05-01T12:34:56Z",
  "2024-05-01T12:34:56.789Z",
  "2024-05-01t12:34:56z",
  "2024-05-01 12:34:56+01:00",
  "2024-05-01\t12:34:56-0130",
  "2024-05-01T12:34:56+05",
  "2024-02-29T00:00:00Z",
  "2023-02-29T00:00:00Z",
  "1900-02-29T00:00:00Z",
  "2000-02-29T00:00:00Z",
  "2024-04-31T00:00:00Z",
  "2024-13-01T00:00:00Z",
  "2024-00-01T00:00:00Z",
  "2024-01-00T00:00:00Z",
  "1990-12-31T23:59:60Z",
  "1990-12-31T15:59:60-08:00",
  "1990-12-31T23:59:60.5Z",
  "1990-12-31T23:58:60Z",
  "1990-12-31T00:29:60+00:30",
  "2024-05-01T10:00:59.99999999999999999Z",
  "2024-05-01T23:59:59.99999999999999999Z",
  "2024-05-01T24:00:00Z",
  "2024-05-01T12:60:00Z",
  "2024-05-01T12:34:56+24:00",
  "2024-05-01T12:34:56+23:60",
  "2024-05-01T12:34:56",
  "2024-05-01T12:34:56.Z",
  "2024-05-01\u00a012:34:56Z",
  "2024-05-01\u202812:34:56Z",
  "2024-05-01TT12:34:56Z",
  "2024-05-01T12:34:56Z ",
  "",
];

describe("date-time and date give ajv-formats' full-mode answers", () => {
  it("for every edge case and 60,000 mutations of them", () => {
    const check = oracle("date-time");
    const disagreements = mutations(DATE_TIMES, 60_000, 1).filter(
      (s) => formats.dateTime(s) !== check(s as never),
    );
    expect(disagreements).toEqual([]);
  });

  it("accepts and rejects what RFC 3339 says on the edge cases (so the oracle is not vacuous)", () => {
    expect(formats.dateTime("1990-12-31T15:59:60-08:00")).toBe(true);
    expect(formats.dateTime("2024-02-29T00:00:00Z")).toBe(true);
    expect(formats.dateTime("2023-02-29T00:00:00Z")).toBe(false);
    expect(formats.dateTime("2024-05-01T12:34:56")).toBe(false);
  });

  it("date, for every edge case and 30,000 mutations", () => {
    const check = oracle("date");
    const seeds = [
      ...DATE_TIMES.map((s) => s.slice(0, 10)),
      "2024-02-29",
      "0000-01-01",
      "9999-12-31",
      "2024-1-01",
    ];
    const disagreements = mutations(seeds, 30_000, 2).filter(
      (s) => formats.date(s) !== check(s as never),
    );
    expect(disagreements).toEqual([]);
    expect(formats.date("2024-02-29")).toBe(true);
    expect(formats.date("2023-02-29")).toBe(false);
  });
});

describe("number formats give ajv-formats' answers", () => {
  const numbers = [
    0,
    -0,
    1,
    -1,
    1.5,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31),
    -(2 ** 31) - 1,
    2 ** 53,
    2 ** 53 + 2,
    1e300,
    NaN,
    Infinity,
    -Infinity,
    Number.EPSILON,
  ];
  for (const name of ["int32", "int64", "double"] as const) {
    it(name, () => {
      const check = oracle(name);
      expect(numbers.map((n) => formats[name].validate(n))).toEqual(
        numbers.map((n) => check(n as never)),
      );
    });
  }
});

describe("uri and uri-reference give ajv-formats' answers", () => {
  const seeds = [
    "https://example.com/a",
    "https://api.mypurecloud.com/api/v2/users/3fa85f64?expand=groups&x=1#top",
    "http://localhost:4010/api/v2/users/me/",
    "HTTPS://EXAMPLE.COM:443",
    "/api/v2/users/1",
    "/api/v2/users/1?expand=groups",
    "/",
    "https://192.168.0.1/x",
    "mailto:ada@example.com",
    "urn:isbn:0451450523",
    "https://user:pw@[::1]:8080/a%20b?q=%41#f",
    "not a uri",
    "//host/x",
    "#frag",
    "a/b",
    "",
  ];
  const URI_ALPHABET = "az09:/?#[]@!$&'()*+,;=%-._~ \\\t\u00e9AZ";

  function uriMutations(count: number, seed: number): string[] {
    const next = random(seed);
    const pick = <T>(items: ArrayLike<T>): T => items[Math.floor(next() * items.length)] as T;
    const out = [...seeds];
    for (let i = 0; i < count; i++) {
      let text = pick(seeds);
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * (text.length + 1));
        const choice = next();
        if (choice < 0.5) text = text.slice(0, at) + pick(URI_ALPHABET) + text.slice(at + 1);
        else if (choice < 0.75) text = text.slice(0, at) + pick(URI_ALPHABET) + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1);
      }
      out.push(text);
    }
    return out;
  }

  it("for every seed and 40,000 mutations of them", () => {
    let simple = 0;
    for (const s of uriMutations(40_000, 7)) {
      expect(formats.uri(s), s).toBe(oracle("uri")(s as never));
      expect(formats.uriReference(s), s).toBe(oracle("uri-reference")(s as never));
      if (formats.simpleUri(s)) simple++;
    }
    // The short expressions answer many of them (so the comparison tests them)...
    expect(simple).toBeGreaterThan(5_000);
  });

  it("answer the common shapes without ajv-formats' expressions, and only valid ones", () => {
    for (const s of seeds.slice(0, 8)) expect(formats.simpleUri(s), s).toBe(true);
    for (const s of seeds.slice(8)) expect(formats.simpleUri(s), s).toBe(false);
    for (const s of seeds.filter(formats.simpleUri)) {
      expect(oracle("uri-reference")(s as never), s).toBe(true);
    }
  });
});
