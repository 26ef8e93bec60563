// Minified and gzipped size of every public entry of every package, as a consumer's bundler
// would ship it: esbuild, ESM, dependencies included, peer dependencies and node: built-ins
// left out. Code split off behind a dynamic import() is reported separately ("lazy").
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "./repo-copy.mjs";

// esbuild is a dev dependency of the validators package; nothing new is installed for the bench.
const esbuild = createRequire(join(repoRoot, "packages/validators/package.json"))("esbuild");

/** Extra rows: what a consumer that imports one thing ships (tree-shaking at work). */
const NAMED_IMPORTS = {
  "@users-api/validators": [["validateUpdateUser"], ["validateOrgUser"]],
  "@users-api/fetch-client": [["createUsersClient"]],
};

const gzip = (data) => gzipSync(data, { level: 9 }).length;

/** Bundles `source` (an ES module importing the entry) and returns sizes in bytes. */
export async function bundle(source, { resolveDir, external = [] }) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    splitting: true,
    outdir: "/virtual-out",
    write: false,
    external: ["node:*", ...external],
    logLevel: "silent",
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  // Up front: the stdin entry and every chunk it imports statically (code shared with a lazy
  // chunk is split into such a chunk); the rest loads behind a dynamic import().
  const upFront = new Set([Object.keys(outputs).find((p) => outputs[p].entryPoint === "<stdin>")]);
  for (const path of upFront) {
    for (const { path: chunk, kind } of outputs[path].imports) {
      if (kind === "import-statement" && outputs[chunk]) upFront.add(chunk);
    }
  }
  const initial = { min: 0, gz: 0 };
  const lazy = { min: 0, gz: 0 };
  for (const path of Object.keys(outputs)) {
    const file = result.outputFiles.find((f) =>
      f.path.endsWith(path.replace(/^.*virtual-out/, "")),
    );
    if (!file) throw new Error(`esbuild output ${path} not found`);
    const sum = upFront.has(path) ? initial : lazy;
    sum.min += file.contents.length;
    sum.gz += gzip(file.contents);
  }
  return { initial, lazy };
}

function packagesIn(root) {
  return readdirSync(join(root, "packages"))
    .map((dir) => join(root, "packages", dir))
    .filter((dir) => statSync(join(dir, "package.json"), { throwIfNoEntry: false }));
}

/** One row per public entry (and per named import above) of every package under `root`. */
export async function bundleSizes(root) {
  const rows = [];
  for (const dir of packagesIn(root)) {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const external = Object.keys(manifest.peerDependencies ?? {});
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      // Blocked subpaths (null) and patterns (one module per schema) are not entries to measure.
      if (subpath === "./package.json" || target === null || subpath.includes("*")) continue;
      // What a bundler resolves: the `module` condition where there is one (before `default`).
      const file = join(
        dir,
        typeof target === "string" ? target : (target.module ?? target.default),
      );
      const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      if (!/\.[cm]?js$/.test(file)) {
        const data = readFileSync(file);
        rows.push({
          entry: specifier,
          kind: "asset",
          initial: { min: data.length, gz: gzip(data) },
        });
        continue;
      }
      const url = JSON.stringify(file);
      // A namespace re-export keeps every export, the default one included.
      const imports = [["*", `export * as entry from ${url};`]];
      for (const names of NAMED_IMPORTS[manifest.name] ?? []) {
        if (subpath === ".")
          imports.push([`{ ${names.join(", ")} }`, `export { ${names.join(", ")} } from ${url};`]);
      }
      for (const [what, source] of imports) {
        const size = await bundle(source, { resolveDir: dir, external });
        rows.push({ entry: specifier, kind: what, ...size });
      }
    }
  }
  return rows;
}
