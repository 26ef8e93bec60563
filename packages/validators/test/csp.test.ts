// The built package runs where generating code from strings is forbidden (a strict CSP
// without 'unsafe-eval'; in Node, --disallow-code-generation-from-strings), and ships no
// require(), eval() or new Function(). Runs against dist/: build first.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const distDir = fileURLToPath(new URL("../dist", import.meta.url));
// The build bundlers get (`module` condition) and the one Node loads (`default`, dist/node/).
const entries = [join(distDir, "index.js"), join(distDir, "node/index.js")];
const userExample = fileURLToPath(
  new URL("../../../spec/examples/User/valid/full.json", import.meta.url),
);

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const script = (entry: string): string => `
const { validateUser, isUpdateUser, updateUserSchema } = await import(${JSON.stringify(entry)});
const { readFileSync } = await import("node:fs");
const user = JSON.parse(readFileSync(${JSON.stringify(userExample)}, "utf8"));
let evalBlocked = false;
try { new Function("return 1"); } catch { evalBlocked = true; }
const valid = validateUser(user);
const invalid = validateUser({ version: "1", addresses: [{ mediaType: "FAX" }] });
console.log(JSON.stringify({
  evalBlocked,
  valid: valid.ok,
  issues: invalid.ok ? [] : invalid.issues.map((i) => i.path + " " + i.keyword),
  guard: isUpdateUser({ version: 1 }),
  standard: (await updateUserSchema["~standard"].validate({ version: 1, nmae: "x" })).issues.length,
}));
`;

describe("under a strict content security policy", () => {
  it.each(entries)("has been built (%s)", (entry) => {
    expect(existsSync(entry), "run `pnpm build` first").toBe(true);
  });

  it.each(entries)(
    "validates in a Node process that forbids code generation from strings (%s)",
    async (entry) => {
      const { stdout } = await run(process.execPath, [
        "--disallow-code-generation-from-strings",
        "--input-type=module",
        "-e",
        script(entry),
      ]);
      expect(JSON.parse(stdout)).toEqual({
        evalBlocked: true,
        valid: true,
        issues: ["/addresses/0/mediaType enum", "/version type"],
        guard: true,
        standard: 1,
      });
    },
  );

  it("ships no require(), eval() or new Function()", () => {
    const code = filesIn(distDir).filter((file) => file.endsWith(".js"));
    expect(code.length).toBeGreaterThan(70);
    expect(code.filter((file) => file.includes(`${join("dist", "node")}`)).length).toBeGreaterThan(
      100,
    );
    for (const file of code) {
      const text = readFileSync(file, "utf8");
      // A call, not the word inside a string (ajv's ucs2length keeps its own source as a string).
      expect(text, file).not.toMatch(/(^|[^"'\w.$])require\(/m);
      expect(text, file).not.toMatch(/\beval\(|new Function\b/);
    }
  });
});
