// `tsc --noEmit -p` for many TypeScript projects in one process, sharing the declaration files
// they all read. Run as a script (`pnpm typecheck:all`), it checks every project the workspace
// packages' `typecheck` scripts name (`tsc -p <tsconfig> [--noEmit]`, joined by `&&`): the same
// checks as `pnpm typecheck` (turbo running each package's script), in about 40% of the CPU.
// scripts/compat's test checks its consumer fixtures with it too.
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { workspacePackageDirs } from "./workspace-packages.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
/** @type {typeof import("typescript")} */
const ts = createRequire(join(root, "package.json"))("typescript");

/**
 * Parsed declaration files (TypeScript's lib files, @types/node, the packages' .d.ts), shared by
 * every program: parsing them is most of a `tsc` run, and they are the same files each time. A
 * program still resolves modules and checks every file itself, so each project is checked as
 * `tsc -p` checks it. A parsed .d.ts file depends on its name, the target, its module format
 * (ESM or CommonJS, which `module` decides) and the options, so those are the key; `module` and
 * `moduleResolution` are in it only through the format (they decide nothing else about a
 * declaration file: see getSetExternalModuleIndicator and the binder in typescript.js), and
 * configFilePath is each project's own.
 * @type {Map<string, import("typescript").SourceFile | undefined>}
 */
const declarations = new Map();

/**
 * `tsc --noEmit -p <dir>/<config>`: its diagnostics as tsc prints them (relative to dir, not
 * pretty), from one synchronous call, so no other program sees the shared files meanwhile.
 * @param {string} dir
 * @param {string} [config]
 */
export function typeCheck(dir, config = "tsconfig.json") {
  /** @type {import("typescript").Diagnostic[]} */
  const unrecoverable = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(join(dir, config), undefined, {
    ...ts.sys,
    getCurrentDirectory: () => dir,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => unrecoverable.push(diagnostic),
  });
  const formatHost = {
    getCanonicalFileName: (/** @type {string} */ name) => name,
    getCurrentDirectory: () => dir,
    getNewLine: () => "\n",
  };
  if (!parsed) {
    const output = ts.formatDiagnostics(unrecoverable, formatHost);
    return { diagnostics: unrecoverable, output, options: undefined };
  }
  const { options } = parsed;
  const { module, moduleResolution, configFilePath, ...parsing } = options;
  const host = ts.createCompilerHost(options);
  host.getCurrentDirectory = () => dir;
  const { getSourceFile } = host;
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const parse = () =>
      getSourceFile.call(
        host,
        fileName,
        languageVersionOrOptions,
        onError,
        shouldCreateNewSourceFile,
      );
    if (!fileName.endsWith(".d.ts") || shouldCreateNewSourceFile) return parse();
    const { languageVersion, impliedNodeFormat, jsDocParsingMode } =
      typeof languageVersionOrOptions === "object"
        ? languageVersionOrOptions
        : { languageVersion: languageVersionOrOptions };
    const key = JSON.stringify([
      fileName,
      languageVersion,
      impliedNodeFormat,
      jsDocParsingMode,
      parsing,
    ]);
    if (!declarations.has(key)) declarations.set(key, parse());
    return declarations.get(key);
  };
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options,
    host,
    projectReferences: parsed.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return { diagnostics, output: ts.formatDiagnostics(diagnostics, formatHost), options };
}

/**
 * The projects the workspace packages' `typecheck` scripts check: [package dir, tsconfig, whether
 * the command says --noEmit]. A script that is not `tsc -p <tsconfig> [--noEmit]` commands is
 * refused, never skipped.
 */
export function workspaceProjects() {
  /** @type {[string, string, boolean][]} */
  const projects = [];
  for (const packageDir of workspacePackageDirs(root)) {
    const manifest = ts.sys.readFile(join(root, packageDir, "package.json"));
    const script = manifest && JSON.parse(manifest).scripts?.typecheck;
    if (!script) continue;
    for (const command of script.split("&&").map((/** @type {string} */ part) => part.trim())) {
      const match = /^tsc -p (\S+)( --noEmit)?$/.exec(command);
      if (!match?.[1]) throw new Error(`${packageDir}: not a \`tsc -p\` typecheck: ${command}`);
      projects.push([join(root, packageDir), match[1], match[2] !== undefined]);
    }
  }
  return projects;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = 0;
  for (const [dir, config, noEmitFlag] of workspaceProjects()) {
    const { diagnostics, output, options } = typeCheck(dir, config);
    const name = relative(root, join(dir, config));
    if (!noEmitFlag && options?.noEmit !== true) {
      // Its `tsc -p` would also emit (and report declaration errors): that is a build, not this.
      console.error(`${name}: set "noEmit": true or pass --noEmit (this only type-checks)`);
      failed++;
    } else if (diagnostics.length > 0) {
      console.error(`${name}: ${diagnostics.length} error(s)\n${output}`);
      failed++;
    } else {
      console.log(`${name}: no errors`);
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
