// The build that Node loads (dist/node/, the `default` condition of the package's exports):
// few modules per import. Node pays for every module it loads (resolve, read, link), so the
// module per definition that bundlers get (dist/generated/, the `module` condition) made a
// subpath import load ~60 files and the barrel ~350. Here each schema's subpath is one module
// holding its wrapper, its depth walkers and the fail-fast code (guards) of the definitions it
// reaches, with two exceptions, each a module of its own so that it exists once:
// - internal/runtime.js: create-validators, issues, ValidationError (one class for every
//   schema, so that `instanceof` holds), JSON pointers, ucs2length;
// - internal/<definition>.shared.js: the guards of a large closure that several schemas reach
//   (User's, which OrgUser, UserMe, Group... all hold), instead of a copy in each.
// The collecting code (validateX's errors) is laid out the same way, in CommonJS beside them:
// internal/<schema>.collect.cjs and internal/<definition>.shared.collect.cjs, required on a
// schema's first invalid value (see validFirst). ajv-formats, whose URI checks src/formats.ts
// calls only for the URIs its fast patterns turn down, is internal/ajv-formats.cjs, required on
// first use (see lazyFormats). The barrel (index.js) and lazy.js re-export or import() the
// subpath modules, so a function is the same object whichever entry it came from. A schema's
// module holds only its own closure: its size does not grow with the number of schemas.
//
// Cold start (a fresh process imports one schema and validates once) is mostly Node loading
// modules and V8 parsing and compiling them, so what loads and runs first is kept small:
// - validateX and xSchema first run the fail-fast guard (isX's code), and the collecting
//   validator only when the guard fails: valid input, the common case, never loads the
//   collecting code. Both answer alike (Ajv compiled the same schema; the tests compare them).
//   It is CommonJS, so that loading it stays synchronous on every Node the package's engines
//   allow (require(esm) needs Node 20.19 or 22.12, not 22.0-22.11).
// - The guards' error objects (which isX never reads) are left out, and so are the error paths
//   they are built from (see leanGuard): less code to compile, and less work per call.
// - The guards also return as soon as a referenced definition fails, which drops Ajv's error
//   count and the validity flags that read it (see failFastReferences): a third less code.
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

/**
 * What a module that checks URIs gets for the vendored ajv-formats' `fullFormats`: an object
 * with the same properties, whose getters require `cjsFile` (ajv-formats as CommonJS) on first
 * use. src/formats.ts answers the common shapes without it, so most processes never load it.
 */
async function lazyFormats(vendored, cjsFile) {
  const { fullFormats } = await import(pathToFileURL(vendored).href);
  const properties = Object.keys(fullFormats)
    .map(
      (key) =>
        `${JSON.stringify(key)}: { get: () => load()[${JSON.stringify(key)}], enumerable: true }`,
    )
    .join(",\n");
  return [
    'import { createRequire } from "node:module";',
    "let formats;",
    `const load = () => (formats ??= createRequire(import.meta.url)(${JSON.stringify(cjsFile)}).fullFormats);`,
    `export const fullFormats = /* @__PURE__ */ Object.defineProperties({}, {\n${properties}\n});`,
  ].join("\n");
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

/** Where a lean guard records a referenced validator's failure, and goes on. */
const REFERENCE_FAILED =
  /^if\(vErrors === null\)\{vErrors = (validate\d+|wrapper\d+\.validate)\.errors;\} else \{for\(const e of \1\.errors\)\{vErrors\.push\(e\);\}\}\nerrors = vErrors\.length;$/gm;
/** The guard's error count, read or written (not a property named `errors`, nor a string). */
const ERROR_COUNT = /(?<![.\w"'])errors(?![\w"'])/;

/**
 * A lean guard that returns false as soon as a referenced validator fails, as it does for its
 * own checks. Ajv's fail-fast code counts errors for that case and goes on to its end, behind
 * `if (validN)` checks that all read the count; answering at once gives the same answer (no
 * keyword of the spec, such as anyOf, takes a failure back). Then the count is always 0 and
 * each `validN` true where it is read (the one `false` it is set to is followed by a return), so
 * both go, and so do the checks on them: less code to parse and compile, and less to run. Any
 * other use of the count or the flags, which this would not account for, fails the build.
 */
export function failFastReferences(source) {
  const out = source
    .replace(REFERENCE_FAILED, "return false;")
    .replace(/^let errors = 0;$/gm, "")
    .replace(/\bconst _errs\d+ = errors;/g, "")
    .replace(/\b_errs\d+ === errors\b/g, "true")
    .replace(/\berrors === (?:_errs\d+|0)\b/g, "true");
  if (ERROR_COUNT.test(out) || /\b_errs\d+\b/.test(out))
    throw new Error("a guard uses its error count beyond what failFastReferences rewrites");
  if (
    /\bvar valid\d+ = false;\n(?!(?:validate\d+|wrapper\d+\.validate)\.errors = \[0\];\nreturn false;)/.test(
      out,
    )
  )
    throw new Error("a guard reads a validN that may be false");
  const flagless = out
    .replace(/\bvar valid\d+ = (?:true|false);/g, "")
    .replace(/\bif\(valid\d+\)\{/g, "if(true){")
    .replace(/\bif\(!valid\d+\)\{\nbreak;\n\}/g, "");
  if (/\bvalid\d+\b/.test(flagless))
    throw new Error("a guard uses its validN beyond what failFastReferences rewrites");
  return flagless;
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
 * collecting validators (`compiledX`), each with its guard (`guardX`). The collecting code is
 * required from `collectFile` (CommonJS, so that loading it stays synchronous on every Node the
 * package supports) on the first invalid value: valid input never loads, parses or compiles it.
 */
const validFirst = (def, names, collectFile) =>
  [
    'import { createRequire } from "node:module";',
    `import { ${names.map((n, i) => `${guardName(n)} as guard${i}`).join(", ")} } from "./${def}.js";`,
    "let collecting;",
    `const collect = () => (collecting ??= createRequire(import.meta.url)(${JSON.stringify(collectFile)}));`,
    ...names.map((name, i) =>
      [
        `export function ${name}(data) {`,
        `  if (guard${i}(data)) return (${name}.errors = null, true);`,
        `  const collect${i} = collect().${name};`,
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
  const formatsFile = join(out, "internal/ajv-formats.cjs");
  const sharedFile = {
    esm: (key) => join(out, `internal/${key}.shared.js`),
    cjs: (key) => join(out, `internal/${key}.shared.collect.cjs`),
  };
  /** The collecting code of a schema's subpath module, loaded on its first invalid value. */
  const collectFile = (file) => join(out, `internal/${file}.collect.cjs`);
  const runtimePaths = new Set(RUNTIME.map((f) => join(dist, f)));
  const compiled = new RegExp(
    `^${ajvDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[/\\\\](validators|guards)[/\\\\](.+)\\.js$`,
  );

  /**
   * Resolves the imports of the module built into `outFile`, whose compiled code is the closure
   * of `root` (none for the barrel and lazy.js); `sharedKey`: it is that shared module. A
   * definition comes from its shared module when the module reaches that module's own root (it
   * needs most of it anyway); otherwise it is copied in: Contact's module does not load User's
   * closure to check a Contact. `format`: "esm" for the modules that import() loads (the
   * guards, the wrappers), "cjs" for the collecting code they require on a first invalid value
   * (which copies the little of the runtime it uses: ucs2length).
   */
  const plugin = (format, outFile, root, sharedKey = undefined, wrapper = undefined) => ({
    name: "node-build",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\./ }, ({ path, resolveDir, importer }) => {
        const target = join(resolveDir, path);
        const external = (file) => ({ path: toImport(outFile, file), external: true });
        if (runtimePaths.has(target)) return format === "esm" ? external(runtimeFile) : undefined;
        // Imported by the format checks; modules that check no URI drop the import.
        if (target === join(ajvDir, "ajv-formats.js"))
          return format === "esm"
            ? {
                path: toImport(outFile, formatsFile),
                namespace: "lazy-formats",
                sideEffects: false,
              }
            : { ...external(formatsFile), sideEffects: false };
        const [, folder, def] = compiled.exec(target) ?? [];
        if (def !== undefined) {
          if (format === "esm" && folder === "validators") {
            // Only the wrapper's validator, valid first: the collecting code is all in CommonJS.
            const { validators, guards = [] } = graph.defs[def].exports;
            if (importer !== wrapper || validators.some((n) => !guards.includes(guardName(n))))
              throw new Error(`${importer}: imports collecting code (${def}) outside valid-first`);
            return {
              path: def,
              namespace: "valid-first",
              pluginData: { collect: toImport(outFile, collectFile(root)) },
            };
          }
          const key = owner.get(def);
          const shared =
            key !== undefined &&
            key !== sharedKey &&
            root !== undefined &&
            graph.closure(root).has(key);
          return shared ? external(sharedFile[format](key)) : { path: target };
        }
        // The barrel and lazy.js load the subpath modules (a subpath module imports no other).
        const file = relative(generated, target);
        if (publicFiles.includes(file.slice(0, -".js".length))) return external(join(out, file));
        return undefined;
      });
      pluginBuild.onLoad(
        { filter: /.*/, namespace: "valid-first" },
        ({ path: def, pluginData }) => ({
          contents: validFirst(def, graph.defs[def].exports.validators, pluginData.collect),
          resolveDir: join(ajvDir, "guards"),
          loader: "js",
        }),
      );
      pluginBuild.onLoad({ filter: /.*/, namespace: "lazy-formats" }, async ({ path }) => ({
        contents: await lazyFormats(join(ajvDir, "ajv-formats.js"), path),
        loader: "js",
      }));
      pluginBuild.onLoad({ filter: compiled }, ({ path }) => {
        const source = readFileSync(path, "utf8");
        return {
          contents:
            compiled.exec(path)[1] === "guards"
              ? failFastReferences(leanGuard(source))
              : source.replace(SCHEMA_PATH, ""),
          loader: "js",
        };
      });
    },
  });

  const options = (format, outFile, root, sharedKey, wrapper) => ({
    bundle: true,
    format,
    platform: "neutral",
    target: "es2022",
    outfile: outFile,
    external: ["node:module"],
    minify: true,
    logLevel: "error",
    plugins: [plugin(format, outFile, root, sharedKey, wrapper)],
  });
  const stdin = (contents) => ({ contents, resolveDir: dist, loader: "js" });
  const reExports = (files) =>
    files
      .map((f) => `export * from ${JSON.stringify(`./${relative(dist, f).split(sep).join("/")}`)};`)
      .join("\n");
  /** Re-exports what `folder` (validators or guards) of each definition exports. */
  const compiledExports = (folder, defs) =>
    defs
      .map(
        (def) =>
          `export { ${graph.defs[def].exports[folder].join(", ")} } from "./generated/ajv/${folder}/${def}.js";`,
      )
      .join("\n");

  const builds = [
    // The runtime is built with nothing external (the plugin would point it at itself).
    build({
      ...options("esm", runtimeFile),
      plugins: [],
      stdin: stdin(reExports(RUNTIME.map((f) => join(dist, f)))),
    }),
    build({
      ...options("cjs", formatsFile),
      plugins: [],
      entryPoints: [join(ajvDir, "ajv-formats.js")],
    }),
    ...[...members].flatMap(([key, defs]) =>
      [
        ["esm", "guards"],
        ["cjs", "validators"],
      ].map(([format, folder]) =>
        build({
          ...options(format, sharedFile[format](key), key, key),
          stdin: stdin(compiledExports(folder, defs.sort())),
        }),
      ),
    ),
    ...publicFiles.map((file) =>
      build({
        ...options("cjs", collectFile(file), file),
        stdin: stdin(compiledExports("validators", [file])),
      }),
    ),
    ...[...publicFiles, "lazy"].map((file) =>
      build({
        ...options(
          "esm",
          join(out, `${file}.js`),
          file === "lazy" ? undefined : file,
          undefined,
          join(generated, `${file}.js`),
        ),
        entryPoints: [join(generated, `${file}.js`)],
      }),
    ),
    build({ ...options("esm", join(out, "index.js")), entryPoints: [join(dist, "index.js")] }),
  ];
  await Promise.all(builds);
  return { shared: [...members.keys()] };
}
