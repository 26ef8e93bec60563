// Makes a synthetic spec N times larger than the real bundled one: N copies of every path and
// every component (schemas, parameters, responses, headers), copy k > 1 with its names suffixed
// `X<k>` and every `$ref` and operationId rewritten to match, so that each copy is as connected
// as the original. Copy 1 is the real spec unchanged.
//   node bench/scale/make-spec.mjs --n 10 --out /some/dir/openapi.json
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const REAL_SPEC = resolve(repoRoot, "packages/spec/src/generated/openapi.json");

const COMPONENT_REF = /^#\/components\/(schemas|parameters|responses|headers)\/(.+)$/;
const COPIED_SECTIONS = ["schemas", "parameters", "responses", "headers"];

const suffixFor = (copy) => (copy === 1 ? "" : `X${copy}`);

/** A deep copy of `node` with every component `$ref` pointing into copy `suffix`. */
function withSuffixedRefs(node, suffix) {
  if (Array.isArray(node)) return node.map((item) => withSuffixedRefs(item, suffix));
  if (typeof node !== "object" || node === null) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") {
      const match = COMPONENT_REF.exec(value);
      if (!match) throw new Error(`unexpected $ref ${value}`);
      out[key] = `#/components/${match[1]}/${match[2]}${suffix}`;
    } else {
      out[key] = withSuffixedRefs(value, suffix);
    }
  }
  return out;
}

/** `/api/v2/users/{userId}` -> `/api/v2/x7/users/{userId}` for copy 7. */
function pathFor(path, copy) {
  return copy === 1 ? path : path.replace(/^\/api\/v2\//, `/api/v2/x${copy}/`);
}

function copyOperations(pathItem, copy) {
  const suffix = suffixFor(copy);
  const item = withSuffixedRefs(pathItem, suffix);
  for (const operation of Object.values(item)) {
    if (operation && typeof operation === "object" && typeof operation.operationId === "string") {
      operation.operationId += suffix;
    }
  }
  return item;
}

export function makeSpec(document, n) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
  const { paths, components } = document;
  const out = { ...document, paths: {}, components: { ...components } };
  for (const section of COPIED_SECTIONS) out.components[section] = {};
  for (let copy = 1; copy <= n; copy++) {
    const suffix = suffixFor(copy);
    for (const [path, pathItem] of Object.entries(paths)) {
      const target = pathFor(path, copy);
      if (out.paths[target]) throw new Error(`path clash: ${target}`);
      out.paths[target] = copyOperations(pathItem, copy);
    }
    for (const section of COPIED_SECTIONS) {
      for (const [name, value] of Object.entries(components[section] ?? {})) {
        const target = `${name}${suffix}`;
        if (out.components[section][target]) throw new Error(`name clash: ${section}/${target}`);
        out.components[section][target] = withSuffixedRefs(value, suffix);
      }
    }
  }
  return out;
}

/** Writes the spec N times larger to `file`; returns its size in bytes. */
export function writeScaledSpec(n, file, source = REAL_SPEC) {
  const text = `${JSON.stringify(makeSpec(JSON.parse(readFileSync(source, "utf8")), n), null, 2)}\n`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { n: { type: "string" }, out: { type: "string" }, spec: { type: "string" } },
  });
  if (!values.n || !values.out) {
    console.error("usage: node bench/scale/make-spec.mjs --n N --out FILE [--spec SOURCE]");
    process.exit(2);
  }
  const bytes = writeScaledSpec(Number(values.n), resolve(values.out), values.spec ?? REAL_SPEC);
  console.log(`wrote ${values.out} (${bytes} bytes)`);
}
