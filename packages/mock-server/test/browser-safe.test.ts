import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));

/** Every built module `entry` reaches through relative imports, and the bare imports they make. */
function importGraph(entry: string): { modules: string[]; bare: Set<string> } {
  const modules: string[] = [];
  const bare = new Set<string>();
  const queue = [resolve(dist, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (modules.includes(file)) continue;
    modules.push(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(
      /^\s*(?:import|export)\s(?:[^;"']*?\sfrom\s)?["']([^"']+)["']/gm,
    )) {
      if (specifier === undefined) continue;
      if (specifier.startsWith(".")) queue.push(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  }
  return { modules, bare };
}

describe("the msw entry", () => {
  it("uses no Node built-ins, so it runs in browsers too", () => {
    expect(existsSync(resolve(dist, "msw.js")), "run the build first").toBe(true);
    const { modules, bare } = importGraph("msw.js");
    expect(modules.length).toBeGreaterThan(5);
    expect([...bare].sort()).toEqual([
      "@users-api/spec",
      "@users-api/spec/hosts",
      "@users-api/spec/operations",
      "@users-api/spec/walk",
      "@users-api/validators",
      "msw",
    ]);
  });

  it("while the main entry is the Node server", () => {
    expect(importGraph("index.js").bare).toContain("node:http");
  });
});
