// For every schema of the spec, the places an enum can be (found from the spec, not from the
// validators), and a sparse value that holds a value the spec does not list at one of them:
// the objects and arrays on the way, nothing else. Other issues of such a value (a missing
// required property) do not matter to the checks that use it: they look at the enum issue.
import {
  objectProperties,
  readModelSchemaNames,
  refName,
  resolveRef,
  type OpenApiDocument,
  type SchemaObject,
} from "@users-api/spec/walk";
import spec from "../../../spec/src/generated/openapi.json" with { type: "json" };

export const document = spec as unknown as OpenApiDocument;
const schemas = document.components!.schemas!;

/** Every schema a response can contain: those whose validateX opens with `{ enums: "open" }`. */
export const readModels = readModelSchemaNames(document);

export const UNLISTED = "VALUE_FROM_A_NEWER_API";

type Segment = string | number;

/**
 * Paths to every enum in `schema`; a component already on the path is not entered again. In a
 * `writable` view (what is only sent), `readOnly` properties are not entered: sending one is a
 * `readOnly` issue, whatever it holds.
 */
function enumPositions(
  schema: SchemaObject,
  path: Segment[],
  stack: string[],
  writable: boolean,
): Segment[][] {
  const name = typeof schema.$ref === "string" ? refName(schema.$ref) : undefined;
  if (name !== undefined && stack.includes(name)) return [];
  const inner = name === undefined ? stack : [...stack, name];
  const resolved = resolveRef(document, schema);
  if (Array.isArray(resolved.enum)) return [path];
  for (const keyword of ["oneOf", "anyOf", "prefixItems", "patternProperties", "if"])
    if (keyword in resolved) throw new Error(`${keyword} at ${path.join("/")}: not handled here`);
  const found: Segment[][] = [];
  if (resolved.items) found.push(...enumPositions(resolved.items, [...path, 0], inner, writable));
  if (typeof resolved.additionalProperties === "object")
    found.push(
      ...enumPositions(resolved.additionalProperties, [...path, "anyKey"], inner, writable),
    );
  for (const [key, property] of Object.entries(objectProperties(document, resolved).properties))
    if (!(writable && property.readOnly === true))
      found.push(...enumPositions(property, [...path, key], inner, writable));
  return found;
}

/** `leaf` at `path` in objects and arrays built for it. */
function sparse(path: readonly Segment[], leaf: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  return typeof head === "number" ? [sparse(rest, leaf)] : { [head]: sparse(rest, leaf) };
}

export interface UnlistedCase {
  schema: string;
  /** The JSON pointer of the unlisted value. */
  at: string;
  value: unknown;
}

/** One case per enum position of every component schema (the enums themselves included). */
export const unlistedCases: UnlistedCase[] = Object.keys(schemas).flatMap((schema) =>
  enumPositions({ $ref: `#/components/schemas/${schema}` }, [], [], !readModels.has(schema)).map(
    (path) => ({
      schema,
      at: path.map((segment) => `/${segment}`).join(""),
      value: sparse(path, UNLISTED),
    }),
  ),
);
