// The README's JavaScript examples run as written against the built package.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const entry = pathToFileURL(fileURLToPath(new URL("../dist/index.js", import.meta.url))).href;
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] as string);

/** The `// ...` comment lines right after each console.log: what the README says it prints. */
function promisedOutput(code: string): string[] {
  return code
    .split("\n")
    .filter((line) => /^\s*\/\/ /.test(line) && !/^\s*\/\/ In /.test(line))
    .map((line) => line.replace(/^\s*\/\/\s?/, "").trim());
}

/** Starts each example's output, and an example's error (then the error's stack follows). */
const MARK = "\u0000readme-example:";
const FAILED = "\u0000readme-example-failed\u0000";

/**
 * Runs every example, in the README's order, each as a module of its own in one Node process
 * (loading the package once, not once per example: that was most of this file's time), and
 * gives each example's output, or the error it threw. From the package's folder, where subpath
 * imports ("@users-api/validators/contact") resolve to the package itself, as they do when an
 * example runs alone with `node --input-type=module -e`: the runner resolves them from there.
 */
async function runExamples(): Promise<string[]> {
  const codes = examples.map((code) =>
    code.replaceAll('from "@users-api/validators"', `from ${JSON.stringify(entry)}`),
  );
  const runner = `
    const codes = ${JSON.stringify(codes)};
    for (const [index, code] of codes.entries()) {
      const source = code.replace(
        /(\\bfrom\\s*)"(@users-api\\/validators\\/[^"]+)"/g,
        (_, from, specifier) => from + JSON.stringify(import.meta.resolve(specifier)),
      );
      console.log(${JSON.stringify(MARK)} + index);
      try {
        await import("data:text/javascript," + encodeURIComponent(source));
      } catch (error) {
        console.log(${JSON.stringify(FAILED)} + (error?.stack ?? String(error)));
      }
    }`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", runner], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  const outputs = stdout.split(MARK).slice(1);
  expect(outputs.map((output) => Number.parseInt(output, 10))).toEqual(codes.map((_, i) => i));
  return outputs.map((output) => output.slice(output.indexOf("\n") + 1));
}

describe("README examples", () => {
  let outputs: string[] = [];
  beforeAll(async () => {
    outputs = await runExamples();
  });

  it("exist", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  examples.forEach((code, index) => {
    it(`example ${index + 1} runs and prints what the README says`, () => {
      const output = outputs[index]!;
      expect(output.includes(FAILED) ? output : undefined, "what it threw").toBeUndefined();
      const printed = output.replace(/\s+/g, " ");
      for (const line of promisedOutput(code)) {
        expect(printed).toContain(line.replace(/\s+/g, " "));
      }
    });
  });
});
