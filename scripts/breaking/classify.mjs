import { createHash } from "node:crypto";
import { mkdtemp, readFile, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeApiChange } from "./api-changes.mjs";
import { maxBump } from "./bumps.mjs";
import { diffSpecs } from "./redocly.mjs";

/**
 * The parts of a `redocly diff --format json` report (reportVersion 1) that the gate reads.
 * @typedef {{
 *   path: string;
 *   typeName: string;
 *   kind: "added" | "removed" | "modified";
 *   impact: "patch" | "minor" | "major";
 *   property?: string;
 *   verdicts: { ruleId: string; impact: string; message: string; location?: { pointer?: string } }[];
 *   base?: { pointer?: string; value?: unknown };
 *   revision?: { pointer?: string; value?: unknown };
 * }} DiffChange
 * @typedef {{ reportVersion: string; changes: DiffChange[] }} DiffReport
 * @typedef {{
 *   impact: import("./bumps.mjs").Bump;
 *   where: string;
 *   source: string | undefined;
 *   what: string;
 *   rules: string[];
 *   kind: "added" | "removed" | "modified";
 *   api: string[];
 * }} Change
 * `api`: the change in a consumer's words, one line per operation or field (api-changes.mjs).
 */

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** @param {string} pointer a JSON Pointer in URI fragment form, e.g. "#/paths/~1users/get" */
function pointerSegments(pointer) {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/**
 * A readable place for a change: "GET /users/{userId} responses/200/.../properties/name" for
 * anything under an operation, the plain pointer otherwise.
 * @param {string} pointer
 */
export function describeLocation(pointer) {
  const segments = pointerSegments(pointer);
  if (segments[0] !== "paths" || segments[1] === undefined) return segments.join("/") || "#";
  const [, path, method, ...rest] = segments;
  if (method === undefined || !METHODS.has(method)) {
    return [path, ...(method === undefined ? [] : [method]), ...rest].join(" ");
  }
  const operation = `${method.toUpperCase()} ${path}`;
  return rest.length === 0 ? operation : `${operation} ${rest.join("/")}`;
}

/** @param {DiffChange} change */
function describeChange(change) {
  if (change.verdicts.length > 0) return change.verdicts.map((v) => v.message).join(" ");
  const value = (change.kind === "removed" ? change.base : change.revision)?.value;
  if (isParameter(value)) {
    const required = value.required === true ? "Required" : "Optional";
    return `${required} \`${value.name}\` ${value.in} parameter was ${change.kind}.`;
  }
  const name = change.property ?? pointerSegments(change.path).at(-1) ?? "document";
  return `\`${name}\` was ${change.kind}.`;
}

/** @param {unknown} value @returns {value is { name: string; in: string; required?: unknown }} */
function isParameter(value) {
  return typeof value === "object" && value !== null && "name" in value && "in" in value;
}

/**
 * Where the change sits in the (bundled) document, e.g. "#/components/schemas/User/properties/name":
 * a shared schema is reported once, under the first operation that uses it, so this names the
 * schema itself.
 * @param {DiffChange} change
 */
function sourcePointer(change) {
  const pointer =
    change.verdicts[0]?.location?.pointer ?? change.revision?.pointer ?? change.base?.pointer;
  return pointer === undefined || pointer === change.path ? undefined : pointer;
}

/** @param {DiffChange} change */
function addedEnumValues(change) {
  const before = change.base?.value;
  const after = change.revision?.value;
  if (!Array.isArray(before) || !Array.isArray(after)) return [];
  return after.filter(
    (value) => !before.some((old) => JSON.stringify(old) === JSON.stringify(value)),
  );
}

/**
 * Turn a redocly diff report into the bump the spec change needs and the changes behind it.
 *
 * Two adjustments to redocly's ratings: `info.version` edits are not API changes (redocly leaves
 * them out of its own bump too), and a new enum value in a request, which redocly rates patch
 * because no rule covers it, is new capability and so minor.
 * @param {DiffReport} report
 * @param {import("./api-changes.mjs").Documents} [documents] the two documents, to name operations
 * @returns {{ bump: import("./bumps.mjs").Bump; changes: Change[] }}
 */
export function classifyReport(report, documents = {}) {
  if (report.reportVersion !== "1") {
    throw new Error(`unsupported redocly diff report version ${report.reportVersion}`);
  }
  /** @type {Change[]} */
  const changes = [];
  for (const change of report.changes) {
    if (change.typeName === "Info" && change.property === "version") continue;
    /** @type {Change} */
    const classified = {
      impact: change.impact,
      where: describeLocation(change.path),
      source: sourcePointer(change),
      what: describeChange(change),
      rules: change.verdicts.map((verdict) => verdict.ruleId),
      kind: change.kind,
      api: describeApiChange(change, documents),
    };
    const gained =
      change.kind === "modified" && change.property === "enum" ? addedEnumValues(change) : [];
    if (gained.length > 0 && classified.impact === "patch") {
      classified.impact = "minor";
      classified.what = `Enum gained values: ${gained.map((v) => JSON.stringify(v)).join(", ")}.`;
    }
    changes.push(classified);
  }
  return { bump: maxBump(changes.map((change) => change.impact)), changes };
}

/**
 * A JSON or YAML document. The gate's bundles are JSON, which JSON.parse reads hundreds of times
 * faster than the YAML parser (half a CPU-second for a bundle of this repository's spec), and
 * then the YAML parser is not even loaded.
 * @param {string} text
 * @returns {Promise<unknown>}
 */
async function parseDocument(text) {
  try {
    return JSON.parse(text);
  } catch {
    const { parse } = await import("yaml");
    return parse(text);
  }
}

/** redocly's reports by what they depend on (reportKey): the tests compare a pair many times. */
const reports = new Map();
/** A `$ref` whose value does not start with "#" (a conservative test: YAML or JSON text). */
const EXTERNAL_REF = /\$ref["']?\s*:(?!\s*["']?#)/;

/**
 * What `redocly diff` of the two documents with the config depends on: their real paths and
 * contents. Undefined, so never cached, when a document refers to other files.
 * @param {[string, string][]} documents [file, text] of base and head
 * @param {string | undefined} config
 * @returns {Promise<string | undefined>}
 */
async function reportKey(documents, config) {
  if (documents.some(([, text]) => EXTERNAL_REF.test(text))) return undefined;
  try {
    const inputs = await Promise.all([
      ...documents.map(async ([file, text]) => [await realpath(file), text]),
      ...(config === undefined ? [] : [[await realpath(config), await readFile(config, "utf8")]]),
    ]);
    return createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
  } catch {
    return undefined;
  }
}

/**
 * @param {[string, string][]} documents [file, text] of base and head
 * @param {{ config?: string | undefined }} options
 * @returns {Promise<DiffReport>}
 */
async function diffReport(documents, options) {
  const key = await reportKey(documents, options.config);
  const cached = key === undefined ? undefined : reports.get(key);
  if (cached !== undefined) return cached;
  const [[base], [head]] = /** @type {[[string, string], [string, string]]} */ (documents);
  const report = (async () => {
    const workDir = await mkdtemp(join(tmpdir(), "breaking-diff-"));
    try {
      return await diffSpecs(base, head, { ...options, reportPath: join(workDir, "diff.json") });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  })();
  if (key !== undefined) {
    reports.set(key, report);
    report.catch(() => reports.delete(key));
  }
  return report;
}

/**
 * Classify the difference between two OpenAPI documents (files redocly can read).
 * @param {string} base
 * @param {string} head
 * @param {{ config?: string | undefined }} [options] redocly config with the `diff:` impacts
 */
export async function classifySpecs(base, head, options = {}) {
  // Both documents, read once: for the report's key, and parsed to name each operation by its
  // operationId.
  const [baseText, headText] = await Promise.all([readFile(base, "utf8"), readFile(head, "utf8")]);
  /** @type {[string, string][]} */
  const documents = [
    [base, baseText],
    [head, headText],
  ];
  // Byte-identical documents that refer to no other file have no changes: no redocly process to
  // find that out (the gate's bundles when the spec did not change).
  const report =
    baseText === headText && !EXTERNAL_REF.test(baseText)
      ? { reportVersion: "1", changes: [] }
      : await diffReport(documents, options);
  const [baseDocument, headDocument] = await Promise.all(
    documents.map(([, text]) => parseDocument(text)),
  );
  return classifyReport(report, { base: baseDocument, head: headDocument });
}
