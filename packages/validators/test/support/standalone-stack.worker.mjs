// Runs in a worker thread with a small stack (see "standaloneModule" in ../generate.test.ts).
// Builds the module for more and more schemas with Ajv's standaloneCode until that throws, then
// with our standaloneModule for as many (and standaloneModules, one module per schema), and
// posts what each gave.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

const { packageDir, from, upTo } = workerData;
const scriptModule = (file) => import(pathToFileURL(join(packageDir, "scripts/lib", file)).href);
const { createAjv, compiledExports } = await scriptModule("compile-standalone.mjs");
const { standaloneModule, standaloneModules } = await scriptModule("standalone-module.mjs");
const standaloneCode = createRequire(join(packageDir, "package.json"))(
  "ajv/dist/standalone",
).default;

// Schemas that share one referenced definition: cheap to compile (linear time, unlike schemas
// that refer to many others), and each export costs Ajv's standaloneCode more stack. Ajv compiles
// a schema when it is first asked for, so only what is built gets compiled.
const defs = { Base: { type: "string", minLength: 1 } };
for (let i = 0; i < upTo; i++) {
  defs[`S${i}`] = { type: "object", properties: { name: { $ref: "#/$defs/Base" } } };
}
const ajv = createAjv(defs, []);
const allExports = Object.entries(compiledExports(Object.keys(defs)));

function build(builder, count) {
  try {
    return { count, code: builder(ajv, Object.fromEntries(allExports.slice(0, count))) };
  } catch (error) {
    return { count, error: `${error?.name}: ${error?.message}` };
  }
}

let ajvLargest;
let ajvFailed;
for (let count = from; count <= upTo && !ajvFailed; count *= 2) {
  const built = build(standaloneCode, count);
  if (built.error) ajvFailed = built;
  else ajvLargest = built;
}
/** standaloneModules for the same exports: its export lines, joined. */
function perSchema(ajvInstance, exports) {
  const schemaIds = Object.fromEntries(
    Object.entries(exports).map(([name, id]) => [name.replace(/^compiled/, ""), id]),
  );
  const modules = standaloneModules(
    ajvInstance,
    schemaIds,
    (name) => `compiled${name}`,
    (name) => name,
  );
  return Object.values(modules)
    .map((code) => /^export \{ validate\d+ as compiled\w+ \};$/m.exec(code)?.[0])
    .join("\n");
}

parentPort.postMessage({
  oursPerSchema: ajvFailed && build(perSchema, ajvFailed.count),
  ajvLargest,
  ajvFailed,
  oursAtAjvLargest: ajvLargest && build(standaloneModule, ajvLargest.count),
  ours: ajvFailed && build(standaloneModule, ajvFailed.count),
});
