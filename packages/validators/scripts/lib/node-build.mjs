// The build that Node loads (dist/node/, the `default` condition of the package's exports):
// few modules per import. Node pays for every module it loads (resolve, read, link), so the
// module per definition that bundlers get (dist/generated/, the `module` condition) made a
// subpath import load ~60 files and the barrel ~350. Here each schema's subpath is one module
// holding its wrapper, its depth walkers and the compiled code of the definitions it reaches,
// with three exceptions, each a module of its own so that it exists once:
// - internal/runtime.js: create-validators, issues, ValidationError (one class for every
//   schema, so that `instanceof` holds), JSON pointers, ucs2length;
// - internal/ajv-formats.js: ajv-formats' URI checks, loaded only by schemas that check URIs
//   (the other format checks are small: each module holds those it calls);
// - internal/<definition>.shared.js: the compiled code of a large closure that several schemas
//   reach (User's, which OrgUser, UserMe, Group... all hold), instead of a copy in each.
// The barrel (index.js) and lazy.js re-export or import() the subpath modules, so a function
// is the same object whichever entry it came from. A schema's module holds only its own
// closure: its size does not grow with the number of schemas in the spec.
//
// Cold start (a fresh process imports one schema and validates once) is mostly V8 compiling
// the functions that run, so what runs first is kept small:
// - validateX and xSchema first run the fail-fast guard (isX's code), and the collecting
//   validator only when the guard fails: valid input, the common case, never compiles the
//   collecting code. Both answer alike (Ajv compiled the same schema; the tests compare them).
// - The guards' error objects (which isX never reads) are left out, and so are the error paths
//   they are built from (see leanGuard): less code to compile, and less work per call.
// - internal/ajv-formats.js runs ajv-formats' code (building its many formats) only when a
//   URI first needs it (src/formats.ts answers the common shapes without it).
// - The code is minified, and Ajv's `schemaPath` (which no issue uses) is left out of the
//   collecting validators' error objects.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** A closure at least this large (compiled bytes) that two schemas reach gets a shared module. */
export const SHARED_MIN_BYTES = 64 * 1024;

/** What internal/runtime.js holds (with the modules they import: issue formatting...). */
const RUNTIME = [
  "create-validators.js",
  "validation-error.js",
  "depth-guard.js",
  "json-pointer.js",
  "issues.js",
  "unreadable.js",
  "generated/ajv/ucs2length.js",
];

const toImport = (from, to) => {
  const path = relative(dirname(from), to).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
};

/**
 * The definitions' graph from the compiled modules in dist/generated/ajv/: for each file name
 * (`user`, `user.writable`), the files it imports, its bytes and its exports per folder.
 */
function definitionGraph(ajvDir) {
  const defs = {};
  for (const folder of ["validators", "guards"]) {
    for (const file of readdirSync(join(ajvDir, folder)).filter((f) => f.endsWith(".js"))) {
      const def = file.slice(0, -".js".length);
      const source = readFileSync(join(ajvDir, folder, file), "utf8");
      defs[def] ??= { imports: new Set(), bytes: 0, exports: {} };
      defs[def].bytes += source.length;
      for (const [, target] of source.matchAll(/^import \{[^}]*\} from "\.\/([^"]+)\.js";$/gm))
        defs[def].imports.add(target);
      defs[def].exports[folder] = [...source.matchAll(/^export \{ \w+ as ([\w$]+) \};$/gm)].map(
        ([, name]) => name,
      );
    }
  }
  const closures = {};
  const closure = (def) => {
    if (closures[def]) return closures[def];
    const seen = new Set();
    const stack = [def];
    while (stack.length > 0) {
      const next = stack.pop();
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...defs[next].imports);
    }
    return (closures[def] = seen);
  };
  return { defs, closure };
}

/**
 * The shared modules: for every definition whose closure is at least SHARED_MIN_BYTES and is
 * reached by two or more public schemas, one per strongly connected component (User, Group,
 * OutOfOffice... reach each other and share one). Each definition in such a closure is owned by
 * the smallest shared closure that holds it. Returns `{ owner: Map(def -> shared key), members:
 * Map(key -> defs) }`.
 */
export function sharedModules({ defs, closure }, publicDefs) {
  const bytes = (def) => [...closure(def)].reduce((sum, d) => sum + defs[d].bytes, 0);
  const reachedBy = (def) => publicDefs.filter((p) => closure(p).has(def)).length;
  const candidates = Object.keys(defs)
    .filter((def) => bytes(def) >= SHARED_MIN_BYTES && reachedBy(def) >= 2)
    .sort();
  const keyOf = new Map();
  for (const def of candidates) {
    // The component's first member (sorted) names it.
    const key = candidates.find((other) => closure(other).has(def) && closure(def).has(other));
    keyOf.set(def, key);
  }
  const keys = [...new Set(keyOf.values())].sort(
    (a, b) => closure(a).size - closure(b).size || a.localeCompare(b),
  );
  const owner = new Map();
  for (const key of keys) for (const def of closure(key)) if (!owner.has(def)) owner.set(def, key);
  const members = new Map(keys.map((key) => [key, []]));
  for (const [def, key] of owner) members.get(key).push(def);
  return { owner, members, keyOf };
}

/** The end of the vendored ajv-formats bundle (scripts/lib/bundle-vendor.mjs): runs it at load. */
const FORMATS_EAGER =
  /^var import_formats = __toESM\(require_formats\(\)\);\nvar export_fullFormats = import_formats\.fullFormats;\nexport \{ export_fullFormats as fullFormats \};\n?$/m;

/**
 * The vendored ajv-formats bundle with `fullFormats` an object whose properties (the same
 * names) run ajv-formats' code on first use.
 */
async function lazyFormats(file) {
  const source = readFileSync(file, "utf8");
  if (!FORMATS_EAGER.test(source)) throw new Error(`${file}: not the expected vendored bundle`);
  const { fullFormats } = await import(pathToFileURL(file).href);
  const properties = Object.keys(fullFormats)
    .map(
      (key) =>
        `${JSON.stringify(key)}: { get: () => load()[${JSON.stringify(key)}], enumerable: true }`,
    )
    .join(",\n");
  return source.replace(
    FORMATS_EAGER,
    [
      "let formats;",
      "const load = () => (formats ??= __toESM(require_formats()).fullFormats);",
      `export const fullFormats = /* @__PURE__ */ Object.defineProperties({}, {\n${properties}\n});`,
      "",
    ].join("\n"),
  );
}

/** Ajv's `schemaPath` in its error objects: issues are made without it (see src/issues.ts). */
const SCHEMA_PATH = /,schemaPath:"(?:[^"\\]|\\.)*"/g;

/** The end of the JavaScript expression that starts at `start` with a bracket. */
function closingBracket(source, start) {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === "`") {
      for (i++; source[i] !== c; i++) if (source[i] === "\\") i++;
    } else if (c === "[" || c === "{" || c === "(") depth++;
    else if (c === "]" || c === "}" || c === ")") {
      if (--depth === 0) return i;
    }
  }
  throw new Error("unbalanced brackets in compiled code");
}

/** What Ajv passes down to the validator of a referenced definition: used only in errors. */
const GUARD_SIGNATURE =
  /\(data, \{instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors=\{\}\}=\{\}\)/g;
const GUARD_CONTEXT = /\b(?:instancePath|parentData|parentDataProperty|rootData|dynamicAnchors)\b/;

/**
 * A guard (Ajv without allErrors) stripped of what only its error objects use:
 * - each `validateN.errors = [{...}];` (the only way a guard records an error) becomes
 *   `validateN.errors = [0];`, which keeps what guards read of each other's errors, their number;
 * - then the error paths and the context that builds them (`instancePath`, `parentData`...)
 *   are used nowhere, so the validators take the data only: a call no longer builds an object
 *   and a path string for each referenced definition.
 */
export function leanGuard(source) {
  let out = replaceBracketed(source, /\bvalidate\d+\.errors = (?=\[\{)/g, () => "[0]");
  out = out.replace(GUARD_SIGNATURE, "(data)");
  out = replaceBracketed(out, /, (?=\{instancePath:)/g, () => "", true);
  if (GUARD_CONTEXT.test(out)) throw new Error("a guard uses its error context beyond its errors");
  return out;
}

/**
 * Replaces each bracketed expression that follows a match of `site` (a global regular
 * expression) with `by()`; `withSite`: the match too.
 */
function replaceBracketed(source, site, by, withSite = false) {
  let out = "";
  let from = 0;
  for (let match; (match = site.exec(source)) !== null;) {
    const open = match.index + match[0].length;
    const close = closingBracket(source, open);
    out += source.slice(from, withSite ? match.index : open) + by();
    from = close + 1;
    site.lastIndex = from;
  }
  return out + source.slice(from);
}

/**
 * The compiled validator that validateX and xSchema get: the guard answers first; the collecting
 * validator runs, for its errors, only when the guard fails. `names`: the definition's
 * collecting validators (`compiledX`), each with its guard (`guardX`).
 */
const validFirst = (def, names) =>
  [
    `import { ${names.map((n, i) => `${n} as collect${i}`).join(", ")} } from "../validators/${def}.js";`,
    `import { ${names.map((n, i) => `${guardName(n)} as guard${i}`).join(", ")} } from "./${def}.js";`,
    ...names.map((name, i) =>
      [
        `export function ${name}(data) {`,
        `  if (guard${i}(data)) return (${name}.errors = null, true);`,
        `  const valid = collect${i}(data);`,
        `  ${name}.errors = collect${i}.errors;`,
        "  return valid;",
        "}",
      ].join("\n"),
    ),
  ].join("\n");
const guardName = (name) => name.replace(/^compiled/, "guard");

export async function buildForNode(packageDir) {
  const dist = join(packageDir, "dist");
  const out = join(dist, "node");
  const generated = join(dist, "generated");
  const ajvDir = join(generated, "ajv");
  rmSync(out, { recursive: true, force: true });

  const graph = definitionGraph(ajvDir);
  const publicFiles = readdirSync(generated)
    .filter((f) => f.endsWith(".js") && f !== "index.js" && f !== "lazy.js")
    .map((f) => f.slice(0, -".js".length));
  const { owner, members } = sharedModules(graph, publicFiles);

  const runtimeFile = join(out, "internal/runtime.js");
  const formatsFile = join(out, "internal/ajv-formats.js");
  const sharedFile = (key) => join(out, `internal/${key}.shared.js`);
  const runtimePaths = new Set(RUNTIME.map((f) => join(dist, f)));
  const compiled = new RegExp(
    `^${ajvDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[/\\\\](validators|guards)[/\\\\](.+)\\.js$`,
  );

  /**
   * Resolves the imports of the module built into `outFile`, whose compiled code is the closure
   * of `root` (none for the barrel and lazy.js); `sharedKey`: it is that shared module. A
   * definition comes from its shared module when the module reaches that module's own root (it
   * needs most of it anyway); otherwise it is copied in: Contact's module does not load User's
   * closure to check a Contact.
   */
  const plugin = (outFile, root, sharedKey = undefined, wrapper = undefined) => ({
    name: "node-build",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\./ }, ({ path, resolveDir, importer }) => {
        const target = join(resolveDir, path);
        const external = (file) => ({ path: toImport(outFile, file), external: true });
        if (runtimePaths.has(target)) return external(runtimeFile);
        // Imported by the format checks; modules that check no URI drop the import.
        if (target === join(ajvDir, "ajv-formats.js"))
          return { ...external(formatsFile), sideEffects: false };
        const [, folder, def] = compiled.exec(target) ?? [];
        if (def !== undefined) {
          // The wrapper's validator, when it has a guard of the same definition: valid first.
          const { validators, guards = [] } = graph.defs[def].exports;
          if (
            importer === wrapper &&
            folder === "validators" &&
            validators.every((name) => guards.includes(guardName(name)))
          )
            return { path: def, namespace: "valid-first" };
          const key = owner.get(def);
          const shared =
            key !== undefined &&
            key !== sharedKey &&
            root !== undefined &&
            graph.closure(root).has(key);
          return shared ? external(sharedFile(key)) : { path: target };
        }
        // The barrel and lazy.js load the subpath modules (a subpath module imports no other).
        const file = relative(generated, target);
        if (publicFiles.includes(file.slice(0, -".js".length))) return external(join(out, file));
        return undefined;
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: "valid-first" }, ({ path: def }) => ({
        contents: validFirst(def, graph.defs[def].exports.validators),
        resolveDir: join(ajvDir, "guards"),
        loader: "js",
      }));
      pluginBuild.onLoad({ filter: compiled }, ({ path }) => {
        const source = readFileSync(path, "utf8");
        return {
          contents:
            compiled.exec(path)[1] === "guards"
              ? leanGuard(source)
              : source.replace(SCHEMA_PATH, ""),
          loader: "js",
        };
      });
    },
  });

  const options = (outFile, root, sharedKey, wrapper) => ({
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outfile: outFile,
    minify: true,
    logLevel: "error",
    plugins: [plugin(outFile, root, sharedKey, wrapper)],
  });
  const stdin = (contents) => ({ contents, resolveDir: dist, loader: "js" });
  const reExports = (files) =>
    files
      .map((f) => `export * from ${JSON.stringify(`./${relative(dist, f).split(sep).join("/")}`)};`)
      .join("\n");

  const builds = [
    // The runtime is built with nothing external (the plugin would point it at itself).
    build({
      ...options(runtimeFile),
      plugins: [],
      stdin: stdin(reExports(RUNTIME.map((f) => join(dist, f)))),
    }),
    build({
      ...options(formatsFile),
      plugins: [],
      stdin: { ...stdin(await lazyFormats(join(ajvDir, "ajv-formats.js"))), resolveDir: ajvDir },
    }),
    ...[...members].map(([key, defs]) =>
      build({
        ...options(sharedFile(key), key, key),
        stdin: stdin(
          defs
            .sort()
            .flatMap((def) =>
              ["validators", "guards"].map(
                (folder) =>
                  `export { ${graph.defs[def].exports[folder].join(", ")} } from "./generated/ajv/${folder}/${def}.js";`,
              ),
            )
            .join("\n"),
        ),
      }),
    ),
    ...[...publicFiles, "lazy"].map((file) =>
      build({
        ...options(
          join(out, `${file}.js`),
          file === "lazy" ? undefined : file,
          undefined,
          join(generated, `${file}.js`),
        ),
        entryPoints: [join(generated, `${file}.js`)],
      }),
    ),
    build({ ...options(join(out, "index.js")), entryPoints: [join(dist, "index.js")] }),
  ];
  await Promise.all(builds);
  return { shared: [...members.keys()] };
}
