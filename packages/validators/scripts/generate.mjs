// Generates src/generated/ from the bundled spec: Ajv standalone validators for every schema
// in components.schemas, the vendored run-time pieces they import, and the typed public
// wrappers. The writable variants that request bodies reach are compiled and depth-guarded
// too, but get no public exports. Regenerating an unchanged spec changes nothing: the wrappers
// are prettier-formatted, and the Ajv modules (one per definition, in ajv/validators/, which
// collect every error for validateX and xSchema, and in ajv/guards/, the fail-fast variants for
// isX) are left as Ajv writes them, which is deterministic (the root .prettierignore leaves
// src/generated/ to the drift check). Each compiled module imports those of the definitions it references, and
// collecting and fail-fast code never share a module, so that a bundle takes only what it uses.
//   node scripts/generate.mjs [--spec openapi.json] [--out dir]
// --spec and --out (default: the bundled spec and src/generated) let tests and benchmarks
// generate from another spec into another folder; the output is the same wherever it goes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as prettier from "prettier";
import { bundleVendor } from "./lib/bundle-vendor.mjs";
import { compiledName, compileStandaloneModules, guardName } from "./lib/compile-standalone.mjs";
import {
  compiledBarrel,
  compiledDeclarations,
  compiledFileFor,
  fileNameFor,
  depthWalkers,
  indexModule,
  lazyModule,
  schemaModule,
  VENDOR_DECLARATIONS,
} from "./lib/emit-modules.mjs";
import { recursionPaths } from "./lib/recursion-paths.mjs";
import { formatsUsed, isWritableVariant, validationDefs } from "./lib/validation-schemas.mjs";
import { readModelSchemaNames } from "../../spec/src/walk.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const defaultOutDir = join(packageDir, "src/generated");
const { values: args } = parseArgs({
  options: { spec: { type: "string" }, out: { type: "string" } },
});
const specFile = resolve(args.spec ?? join(packageDir, "../spec/src/generated/openapi.json"));
const outDir = resolve(args.out ?? defaultOutDir);
// Not formatted: prettier would need gigabytes for them on a large spec.
const unformatted = (file) => /^ajv\/(validators|guards)\/.*\.js$/.test(file);

const document = JSON.parse(readFileSync(specFile, "utf8"));
const defs = validationDefs(document);
const schemaNames = Object.keys(defs).filter((name) => !isWritableVariant(name));
const paths = recursionPaths(defs);
// Read models (every schema a response can contain, request bodies echoed back included)
// accept `{ enums: "open" }`; what is only ever sent stays closed.
const readModels = readModelSchemaNames(document);

const formats = formatsUsed(defs);
const collecting = compileStandaloneModules(defs, formats, { fileFor: compiledFileFor });
const failFast = compileStandaloneModules(defs, formats, {
  allErrors: false,
  exportName: guardName,
  fileFor: compiledFileFor,
});
const compiledModules = (folder, modules, exportName) =>
  Object.entries(modules).flatMap(([name, code]) => {
    const file = `ajv/${folder}/${compiledFileFor(name)}`;
    const declarations = isWritableVariant(name)
      ? []
      : [[`${file}.d.ts`, compiledDeclarations([name], exportName, "../")]];
    return [[`${file}.js`, code], ...declarations];
  });

const files = {
  ...Object.fromEntries(compiledModules("validators", collecting, compiledName)),
  ...Object.fromEntries(compiledModules("guards", failFast, guardName)),
  "ajv/validators.js": compiledBarrel(schemaNames, compiledName, "validators"),
  "ajv/validators.d.ts": compiledDeclarations(schemaNames),
  "ajv/guards.js": compiledBarrel(schemaNames, guardName, "guards"),
  "ajv/guards.d.ts": compiledDeclarations(schemaNames, guardName),
  ...Object.fromEntries(
    Object.entries(await bundleVendor(packageDir)).map(([f, code]) => [`ajv/${f}`, code]),
  ),
  ...Object.fromEntries(Object.entries(VENDOR_DECLARATIONS).map(([f, code]) => [`ajv/${f}`, code])),
  "index.ts": indexModule(schemaNames),
  "lazy.ts": lazyModule(schemaNames),
  ...Object.fromEntries(
    schemaNames.map((name) => [
      `${fileNameFor(name)}.ts`,
      schemaModule(name, {
        recursive: name in paths,
        readModel: readModels.has(name),
        walkers: name in paths ? depthWalkers(paths, name) : "",
      }),
    ]),
  ),
};

// The repository's prettier settings, also when --out is outside the repository.
const prettierOptions = (await prettier.resolveConfig(join(defaultOutDir, "index.ts"))) ?? {};
rmSync(outDir, { recursive: true, force: true });
for (const [file, source] of Object.entries(files)) {
  const target = join(outDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    unformatted(file)
      ? source
      : await prettier.format(source, { ...prettierOptions, filepath: target }),
  );
}
console.log(`validators: generated ${schemaNames.length} schemas into ${outDir}`);
