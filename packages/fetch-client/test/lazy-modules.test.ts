import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const sources = new URL("../src/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, sources), "utf8");

describe("modules loaded on demand", () => {
  it("import nothing of the client at run time: a bundler would split shared code into a chunk loaded up front", () => {
    const lazy = readdirSync(sources)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => [...read(file).matchAll(/import\("\.\/([\w-]+)\.js"\)/g)])
      .map((match) => `${match[1]}.ts`);
    expect(lazy.sort()).toEqual(["client-credentials.ts", "response-check.ts"]);
    for (const file of lazy) {
      expect(read(file), file).not.toMatch(/^import (?!type\b)[^;]*from "\.\//m);
    }
  });
});
