// The README's JavaScript examples run as written against the built package.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] as string);

/** The `// ...` comment lines right after each console.log: what the README says it prints. */
function promisedOutput(code: string): string[] {
  return code
    .split("\n")
    .filter((line) => /^\s*\/\/ /.test(line) && !/^\s*\/\/ In /.test(line))
    .map((line) => line.replace(/^\s*\/\/\s?/, "").trim());
}

describe("README examples", () => {
  it("exist", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  examples.forEach((code, index) => {
    it(`example ${index + 1} runs and prints what the README says`, async () => {
      const script = code.replaceAll(
        'from "@users-api/validators"',
        `from ${JSON.stringify(entry)}`,
      );
      // From the package's folder, where subpath imports ("@users-api/validators/contact")
      // resolve to the package itself.
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
      });
      const printed = stdout.replace(/\s+/g, " ");
      for (const line of promisedOutput(code)) {
        expect(printed).toContain(line.replace(/\s+/g, " "));
      }
    });
  });
});
