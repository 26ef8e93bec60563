// Every ts/js code block of every README is complete and compiles against the built workspace
// packages (one strict NodeNext project, tsc), runs against the mock server when marked `run`,
// or is visibly marked as a fragment. See ../readme-examples.mjs for the convention.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  codeBlocks,
  conventionProblems,
  extractBlocks,
  listReadmes,
  readAllBlocks,
  runBlock,
  typecheck,
  workDir,
  writeProject,
} from "../readme-examples.mjs";

const blocks = readAllBlocks();
const runnable = blocks.filter((block) => block.mode === "run");

// A block that must not compile, checked in the same tsc run: proves errors name file and line.
const probe = codeBlocks(
  extractBlocks(
    ["# probe", "", "```ts", 'const n: number = "not a number";', "```", ""].join("\n"),
    "probe/README.md",
  ),
);

let written = [];
let errors = [];
beforeAll(async () => {
  written = writeProject([...blocks, ...probe]);
  errors = await typecheck(written);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("README code blocks", () => {
  it("finds every README and its ts/js blocks", () => {
    const readmes = listReadmes();
    for (const file of [
      "README.md",
      "bench/README.md",
      "examples/consumer/README.md",
      "packages/fetch-client/README.md",
      "packages/mock-server/README.md",
      "packages/spec/README.md",
      "packages/types/README.md",
      "packages/validators/README.md",
    ]) {
      expect(readmes).toContain(file);
    }
    expect(blocks.filter((block) => block.mode !== "fragment").length).toBeGreaterThanOrEqual(10);
    expect(runnable.length).toBeGreaterThanOrEqual(1);
  });

  it("every ts/js block is complete or marked as a fragment (```ts fragment + // fragment: ...)", () => {
    expect(
      conventionProblems(blocks),
      "README file:line of each unmarked or mismarked block",
    ).toEqual([]);
  });

  it("names README file and line of a mismarked block", () => {
    const sample = [
      "```ts fragment",
      "api.users.me();",
      "```",
      "",
      "```ts",
      "// fragment: `api` is the client above",
      "api.users.me();",
      "```",
    ].join("\n");
    expect(conventionProblems(codeBlocks(extractBlocks(sample, "x/README.md")))).toEqual([
      expect.stringMatching(/^x\/README\.md:1: .*must start with "\/\/ fragment:/),
      expect.stringMatching(/^x\/README\.md:5: .*not marked `ts fragment`/),
    ]);
  });

  it("every complete block type-checks against the built packages (tsc --noEmit, strict)", () => {
    const fromReadmes = errors.filter((error) => !error.startsWith("probe/README.md:"));
    expect(fromReadmes, "tsc errors, as README file:line").toEqual([]);
  });

  it("names README file and line of a block that does not compile", () => {
    expect(errors).toContainEqual(expect.stringMatching(/^probe\/README\.md:4: TS2322 /));
  });

  it.each(runnable.map((block) => [`${block.file}:${block.line}`, block]))(
    "%s runs against @users-api/mock-server",
    async (_name, block) => {
      const target = written.find((w) => w.file === block.file && w.line === block.line);
      const { code, stdout, stderr } = await runBlock(target);
      expect({ code, stderr }, stdout).toEqual({ code: 0, stderr: "" });
    },
  );
});
