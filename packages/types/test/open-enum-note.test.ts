// The exhaustive `switch` that the note of every enum a response can carry shows (see
// openEnumNote in scripts/generate.mjs) is real code: it compiles as it is, strict and loose,
// against this package, and stops compiling when the union has a value it has no case for.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import * as runtime from "../src/index.js";

const packageDir = resolve(import.meta.dirname, "..");
const schemasSource = readFileSync(join(packageDir, "src/generated/schemas.ts"), "utf8");

/** Each enum type whose doc comment holds a `ts` block, with that block (comment stars removed). */
const examples = [
  ...schemasSource.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nexport type (\w+) =/g),
].flatMap(([, doc, name]) => {
  const block = /```ts\n([\s\S]*?)```/.exec(doc!.replace(/^ \* ?/gm, ""))?.[1];
  return block === undefined ? [] : [{ name: name!, code: block }];
});

const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);

/**
 * The package's files (lib, @types/node, src/) as parsed for the programs below, which would
 * otherwise each parse them again. A parsed file depends on its name, its module format and
 * the options, so those are the key, less the strict options that only the checker reads (the
 * strict and loose programs differ in these alone): `strict` is kept for the files other than
 * declarations, where it decides `alwaysStrict` for the binder.
 */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** tsc's diagnostics for `files` (name -> source) in this package's test folder. */
function compile(files: Record<string, string>, loose = false): string[] {
  const configFile = join(packageDir, loose ? "tsconfig.loose.json" : "tsconfig.json");
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, packageDir);
  const compilerOptions = { ...options, noEmit: true, noUnusedLocals: true };
  const virtual = new Map(
    Object.entries(files).map(([file, source]) => [
      join(packageDir, "test/__notes__", file),
      source,
    ]),
  );
  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, shouldCreateNewSourceFile) => {
    const source = virtual.get(file);
    if (source !== undefined) return ts.createSourceFile(file, source, language);
    const parse = () =>
      getSourceFile.call(host, file, language, onError, shouldCreateNewSourceFile);
    if (shouldCreateNewSourceFile) return parse();
    const { languageVersion, impliedNodeFormat, jsDocParsingMode } =
      typeof language === "object" ? language : { languageVersion: language };
    const {
      strict,
      strictNullChecks,
      exactOptionalPropertyTypes,
      noUncheckedIndexedAccess,
      ...parsing
    } = compilerOptions;
    const key = JSON.stringify([
      file,
      languageVersion,
      impliedNodeFormat,
      jsDocParsingMode,
      parsing,
      file.endsWith(".d.ts") ? "" : strict,
    ]);
    if (!parsed.has(key)) parsed.set(key, parse());
    return parsed.get(key);
  };
  const program = ts.createProgram([...virtual.keys()], compilerOptions, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file?.fileName.slice(packageDir.length + 1) ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

const moduleFor = (name: string, code: string) =>
  `import type { ${name} } from "../../src/index.js";\n\nexport ${code}`;

describe("the open-enum note's switch", () => {
  test("is in the note of every enum a response can carry, and only there", () => {
    const noted = examples.map((e) => e.name);
    expect(noted).toContain("UserState");
    expect(noted).toContain("ContactType");
    expect(noted).not.toContain("SortOrder");
    expect(noted).not.toContain("SearchCriteriaType");
  });

  test.each(examples)("$name: a case for every value, in the spec's order", ({ name, code }) => {
    const cases = [...code.matchAll(/^\s*case ("[^"]*"):$/gm)].map(([, v]) => JSON.parse(v!));
    expect(cases).toEqual((runtime as Record<string, unknown>)[`${lowerFirst(name)}Values`]);
  });

  test("compiles as it is, strict and loose", () => {
    const files = Object.fromEntries(
      examples.map(({ name, code }) => [`${name}.ts`, moduleFor(name, code)]),
    );
    expect(compile(files)).toEqual([]);
    expect(compile(files, true)).toEqual([]);
  });

  test("fails to compile when the union has a value without a case", () => {
    const { name, code } = examples.find((e) => e.name === "UserState")!;
    const missingCase = code.replace(/^\s*case "inactive":\n/m, "");
    expect(missingCase).not.toBe(code);
    expect(compile({ [`${name}.ts`]: moduleFor(name, missingCase) })).toEqual([
      expect.stringMatching(/Type '"inactive"' is not assignable to type 'never'/),
    ]);
  });
});
