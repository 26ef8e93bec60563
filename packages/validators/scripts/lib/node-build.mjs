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
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
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
    `^${ajvDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[/\\\\](?:validators|guards)[/\\\\](.+)\\.js$`,
  );

  /**
   * Resolves the imports of the module built into `outFile`, whose compiled code is the closure
   * of `root` (none for the barrel and lazy.js); `sharedKey`: it is that shared module. A
   * definition comes from its shared module when the module reaches that module's own root (it
   * needs most of it anyway); otherwise it is copied in: Contact's module does not load User's
   * closure to check a Contact.
   */
  const plugin = (outFile, root, sharedKey = undefined) => ({
    name: "node-build",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\./ }, ({ path, resolveDir }) => {
        const target = join(resolveDir, path);
        const external = (file) => ({ path: toImport(outFile, file), external: true });
        if (runtimePaths.has(target)) return external(runtimeFile);
        // Imported by the format checks; modules that check no URI drop the import.
        if (target === join(ajvDir, "ajv-formats.js"))
          return { ...external(formatsFile), sideEffects: false };
        const def = compiled.exec(target)?.[1];
        if (def !== undefined) {
          const key = owner.get(def);
          const shared =
            key !== undefined &&
            key !== sharedKey &&
            root !== undefined &&
            graph.closure(root).has(key);
          return shared ? external(sharedFile(key)) : undefined;
        }
        // The barrel and lazy.js load the subpath modules (a subpath module imports no other).
        const file = relative(generated, target);
        if (publicFiles.includes(file.slice(0, -".js".length))) return external(join(out, file));
        return undefined;
      });
    },
  });

  const options = (outFile, root, sharedKey) => ({
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outfile: outFile,
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "error",
    plugins: [plugin(outFile, root, sharedKey)],
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
    build({ ...options(formatsFile), plugins: [], entryPoints: [join(ajvDir, "ajv-formats.js")] }),
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
        ...options(join(out, `${file}.js`), file === "lazy" ? undefined : file),
        entryPoints: [join(generated, `${file}.js`)],
      }),
    ),
    build({ ...options(join(out, "index.js")), entryPoints: [join(dist, "index.js")] }),
  ];
  await Promise.all(builds);
  return { shared: [...members.keys()] };
}
