// Where things are: the repository, this package, the bundled spec and the tools the tests run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isObject, type JsonObject } from "./json.js";

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const repoRoot = resolve(packageDir, "../..");
export const specFile = join(repoRoot, "spec/openapi.yaml");
export const examplesDir = join(repoRoot, "spec/examples");
export const generatedDir = join(packageDir, "src/generated");
export const bundledJsonFile = join(generatedDir, "openapi.json");
export const bundledYamlFile = join(generatedDir, "openapi.yaml");

/** The committed bundle, parsed fresh (tests may not share mutable state). */
export function loadBundledDocument(): JsonObject {
  return JSON.parse(readFileSync(bundledJsonFile, "utf8")) as JsonObject;
}

const requireFromRoot = createRequire(join(repoRoot, "package.json"));

/** The redocly CLI entry point, found from the repository root rather than through PATH. */
export const redoclyCli = join(
  dirname(requireFromRoot.resolve("@redocly/cli/package.json")),
  "bin/cli.js",
);

/** Environment for child tools: no update notice, no telemetry, the workspace's binaries first. */
export function toolEnv(): NodeJS.ProcessEnv {
  const bins = [join(packageDir, "node_modules/.bin"), join(repoRoot, "node_modules/.bin")];
  return {
    ...process.env,
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    REDOCLY_TELEMETRY: "off",
    PATH: [...bins, process.env["PATH"] ?? ""].join(":"),
  };
}

/** `components.schemas` of a bundled document, each schema an object. */
export function componentSchemas(document: JsonObject): Record<string, JsonObject> {
  const components = document["components"];
  const schemas = isObject(components) ? components["schemas"] : undefined;
  if (!isObject(schemas)) throw new Error("the document has no components.schemas");
  const result: Record<string, JsonObject> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema)) throw new Error(`components.schemas.${name} is not an object`);
    result[name] = schema;
  }
  return result;
}
