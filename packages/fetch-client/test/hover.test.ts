import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

// Hovers name the models (`User`), not their expanded shapes: the types package exports object
// models as interfaces, which keep their names where an alias would be expanded.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const file = fileURLToPath(new URL("hover/calls.ts", import.meta.url));

let service: ts.LanguageService;
let text: string;

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${packageDir}/tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  )!;
  text = ts.sys.readFile(file)!;
  service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const source = ts.sys.readFile(name);
      return source === undefined ? undefined : ts.ScriptSnapshot.fromString(source);
    },
    getCurrentDirectory: () => packageDir,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
});

/** What an editor shows when hovering the first occurrence of `name` after `after`. */
function hover(name: string, after = ""): string {
  const position = text.indexOf(name, text.indexOf(after));
  expect(position, `${name} in hover/calls.ts`).toBeGreaterThan(-1);
  const info = service.getQuickInfoAtPosition(file, position);
  return ts.displayPartsToString(info?.displayParts);
}

describe("hovers", () => {
  it("compile: the file they are read from has no errors", () => {
    const errors = service
      .getSemanticDiagnostics(file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
  });

  it.each([
    ["user", "const user: User"],
    ["me", "const me: UserMe"],
    ["updated", "const updated: User"],
    ["found", "const found: User"],
  ])("name the model of %s", (name, shown) => {
    expect(hover(`${name} `, "everyday")).toBe(shown);
  });

  it("name it in the users.* signatures", () => {
    expect(hover("get(")).toContain("Promise<User>");
  });
});
