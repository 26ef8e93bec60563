#!/usr/bin/env node
// `check:package` of the package in the current folder, in one node process:
//
// 1. publint (as `publint --strict`: a warning fails too) and attw (as `attw --profile esm-only`:
//    problems of the node10 and node16-cjs resolutions are ignored) read the files `pnpm pack`
//    would put in the tarball (one `pnpm pack --dry-run` listing, as ./hygiene.mjs does; the
//    CLIs packed it twice, with npm and pnpm), read from the package folder. A file the exports
//    name but the tarball lacks is missing to both.
// 2. `--size-limit`: size-limit's own CLI (its config loading, esbuild options,
//    modifyEsbuildConfig, gzip/brotli sizes and report), but the checks whose esbuild options are
//    the same are bundled by one esbuild build with one entry point each instead of one build
//    each (see batchEsbuild): each bundle is byte for byte what its own build writes.
//
// Usage: node check-package.mjs [--exclude-entrypoints <subpath>...] [--size-limit]
// (a package's `check:package` script). ./check-packages.mjs runs every package's in one process.
import { rmSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, parse, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { packedFiles } from "./hygiene.mjs";

/** The options of check-package.mjs's command line, e.g. `["--size-limit"]`. */
export function parseCheckArgs(/** @type {string[]} */ args) {
  const { values } = parseArgs({
    args,
    options: {
      "exclude-entrypoints": { type: "string", multiple: true },
      "size-limit": { type: "boolean", default: false },
    },
  });
  return values;
}

const require = createRequire(import.meta.url);
/** @param {string} file */
const importFile = (file) => import(pathToFileURL(file).href);

/**
 * The package checks of the package in `dir`, reported on stdout; resolves to whether they all
 * passed. `files` is its `pnpm pack` listing when the caller has it already.
 * @param {string} dir
 * @param {ReturnType<typeof parseCheckArgs>} options
 * @param {string[]} [files]
 */
export async function checkPackage(dir, options, files) {
  files ??= await packedFiles(dir);
  const contents = await Promise.all(files.map((file) => readFile(join(dir, file))));
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
  let failed = false;
  // publint --strict
  {
    const { messages } = await publint({
      pkgDir: dir,
      strict: true,
      pack: { files: files.map((file, i) => ({ name: join(dir, file), data: contents[i] })) },
    });
    console.log(`publint --strict: ${messages.length === 0 ? "all good" : ""}`);
    for (const message of messages) {
      console.log(`  ${message.type}: ${formatMessage(message, manifest)}`);
      if (message.type === "error") failed = true;
    }
  }

  // attw --profile esm-only, with the CLI's own profile, exit code and table
  {
    const cliDir = dirname(require.resolve("@arethetypeswrong/cli/package.json"));
    const core = await importFile(createRequire(cliDir + "/").resolve("@arethetypeswrong/core"));
    const { profiles } = await importFile(join(cliDir, "dist/profiles.js"));
    const { getExitCode } = await import("@arethetypeswrong/cli/internal/getExitCode");
    /** @type {Record<string, Uint8Array>} */
    const packageFiles = {};
    files.forEach((file, i) => {
      packageFiles[`/node_modules/${manifest.name}/${file}`] = new Uint8Array(contents[i] ?? []);
    });
    const pkg = new core.Package(packageFiles, manifest.name, manifest.version);
    const analysis = await core.checkPackage(pkg, {
      excludeEntrypoints: options["exclude-entrypoints"],
    });
    /** @type {import("@arethetypeswrong/cli/internal/render").RenderOptions} */
    const attwOptions = {
      ignoreResolutions: profiles["esm-only"].ignoreResolutions,
      ignoreRules: [],
      format: "table",
      summary: true,
      emoji: true,
      color: true,
    };
    const ok = analysis.types && getExitCode(analysis, attwOptions) === 0;
    if (ok) {
      const entrypoints = Object.keys(analysis.entrypoints).length;
      console.log(`attw --profile esm-only: no problems (${entrypoints} entrypoints)`);
    } else {
      // The CLI's report (its renderer loads a markdown and highlighting stack: only on failure).
      const render = await import("@arethetypeswrong/cli/internal/render");
      console.log("attw --profile esm-only:");
      console.log(
        analysis.types ? await render.typed(analysis, attwOptions) : render.untyped(analysis),
      );
      failed = true;
    }
  }

  if (!failed && options["size-limit"]) failed = !(await sizeLimit(dir));
  return !failed;
}

/**
 * size-limit's CLI for the package in `dir`, run here, with @size-limit/esbuild's build step
 * batched (batchEsbuild); resolves to whether every limit held.
 * @param {string} dir
 */
async function sizeLimit(dir) {
  const sizeLimitDir = dirname(createRequire(join(dir, "package.json")).resolve("size-limit"));
  // The plugin objects size-limit itself loads (the same module instances).
  const presetPath = createRequire(join(sizeLimitDir, "package.json")).resolve(
    "@size-limit/preset-small-lib",
  );
  /** @type {any[]} */
  const preset = (await importFile(presetPath)).default;
  const esbuildPlugin = preset.find((plugin) => plugin.name === "@size-limit/esbuild");
  if (!esbuildPlugin?.step40) throw new Error("size-limit: no @size-limit/esbuild step40");
  const esbuildPath = createRequire(
    createRequire(presetPath).resolve("@size-limit/esbuild"),
  ).resolve("esbuild");
  esbuildPlugin.step40 = batchEsbuild((await importFile(esbuildPath)).default);

  const run = (await importFile(join(sizeLimitDir, "run.js"))).default;
  // Where the CLI would exit with 1, this records the failure and the next package is checked.
  let passed = true;
  const exit = (/** @type {number | undefined} */ code) => {
    if (code) passed = false;
  };
  await run({ ...process, argv: [process.argv[0], "size-limit"], cwd: () => dir, exit });
  return passed;
}

/**
 * @size-limit/esbuild's step40 runs `esbuild.build(check.esbuildConfig)` for each check (a
 * parse of every module it reaches, per check). This one builds every group of checks whose
 * esbuild options differ only in entryPoints and outdir at once, one entry point per file
 * (distinct output names), and hands each check the bundles of its own entry points, as
 * step40 does (check.bundles, check.esbuildMetafile). No code splitting, so each bundle is
 * the one its own build makes.
 * @param {{ build: (options: any) => Promise<any> }} esbuild
 */
function batchEsbuild(esbuild) {
  /** @type {WeakMap<object, Promise<void>>} */
  const builds = new WeakMap();
  return async (/** @type {any} */ config, /** @type {any} */ check) => {
    if (!check.esbuildConfig || check.esbuild === false) return;
    if (!builds.has(config)) builds.set(config, buildAll(esbuild, config.checks));
    await builds.get(config);
  };
}

/**
 * @param {{ build: (options: any) => Promise<any> }} esbuild
 * @param {any[]} checks
 */
async function buildAll(esbuild, checks) {
  /** @param {any} options */
  const key = ({ entryPoints, outdir, allowOverwrite, plugins, ...rest }) => JSON.stringify(rest);
  /** @type {any[][]} */
  const groups = [];
  for (const check of checks.filter((c) => c.esbuildConfig && c.esbuild !== false)) {
    if (check.entry) throw new Error("size-limit: `entry` is not supported by the batched build");
    const options = check.esbuildConfig;
    const group = groups.find(([first]) => {
      const other = first.esbuildConfig;
      const samePlugins =
        (other.plugins ?? []).length === (options.plugins ?? []).length &&
        (other.plugins ?? []).every(
          (/** @type {unknown} */ p, /** @type {number} */ i) => p === options.plugins[i],
        );
      return samePlugins && key(other) === key(options);
    });
    if (group) group.push(check);
    else groups.push([check]);
  }
  await Promise.all(
    groups.map(async (group) => {
      const outdir = await mkdtemp(join(tmpdir(), "size-limit-batch-"));
      /** @type {{ in: string; out: string; check: any }[]} */
      const entries = group.flatMap((check, c) =>
        [check.esbuildConfig.entryPoints].flat().map((/** @type {string} */ file, e) => ({
          in: file,
          out: `${c}-${e}-${parse(file).name}`,
          check,
        })),
      );
      try {
        const result = await esbuild.build({
          ...group[0].esbuildConfig,
          entryPoints: entries.map(({ in: input, out }) => ({ in: input, out })),
          outdir,
        });
        const outputs = Object.entries(result.metafile.outputs);
        for (const check of group) {
          const names = entries.filter((e) => e.check === check).map((e) => e.out);
          const own = outputs.filter(([path]) => names.includes(parse(path).name));
          check.esbuildMetafile = { ...result.metafile, outputs: Object.fromEntries(own) };
          check.bundles = own.map(([path]) => resolve(path));
        }
      } finally {
        // size-limit removes each check's own esbuildOutfile, not this folder; it may exit.
        process.once("exit", () => rmSync(outdir, { recursive: true, force: true }));
      }
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const passed = await checkPackage(process.cwd(), parseCheckArgs(process.argv.slice(2)));
  if (!passed) process.exitCode = 1;
}
