// Generates src/generated/ from the bundled spec: Ajv standalone validators for every schema
// in components.schemas, the vendored run-time pieces they import, and the typed public
// wrappers. The writable variants that request bodies reach are compiled and depth-guarded
// too, but get no public exports. Output is prettier-formatted so regenerating an unchanged
// spec changes nothing.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { bundleVendor } from "./lib/bundle-vendor.mjs";
import { compileStandalone } from "./lib/compile-standalone.mjs";
import {
  compiledDeclarations,
  fileNameFor,
  indexModule,
  depthWalkersModule,
  schemaModule,
  VENDOR_DECLARATIONS,
} from "./lib/emit-modules.mjs";
import { recursionPaths } from "./lib/recursion-paths.mjs";
import { formatsUsed, isWritableVariant, validationDefs } from "./lib/validation-schemas.mjs";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specFile = resolve(packageDir, "../spec/src/generated/openapi.json");
const outDir = join(packageDir, "src/generated");

const document = JSON.parse(readFileSync(specFile, "utf8"));
const defs = validationDefs(document);
const schemaNames = Object.keys(defs).filter((name) => !isWritableVariant(name));
const paths = recursionPaths(defs);

const files = {
  "ajv/validators.js": compileStandalone(defs, formatsUsed(defs), schemaNames),
  "ajv/validators.d.ts": compiledDeclarations(schemaNames),
  ...Object.fromEntries(
    Object.entries(await bundleVendor(packageDir)).map(([f, code]) => [`ajv/${f}`, code]),
  ),
  ...Object.fromEntries(Object.entries(VENDOR_DECLARATIONS).map(([f, code]) => [`ajv/${f}`, code])),
  "depth-walkers.ts": depthWalkersModule(paths, schemaNames),
  "index.ts": indexModule(schemaNames),
  ...Object.fromEntries(
    schemaNames.map((name) => [
      `${fileNameFor(name)}.ts`,
      schemaModule(name, { recursive: name in paths }),
    ]),
  ),
};

rmSync(outDir, { recursive: true, force: true });
for (const [file, source] of Object.entries(files)) {
  const target = join(outDir, file);
  const options = (await prettier.resolveConfig(target)) ?? {};
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, await prettier.format(source, { ...options, filepath: target }));
}
console.log(`validators: generated ${schemaNames.length} schemas into ${outDir}`);
