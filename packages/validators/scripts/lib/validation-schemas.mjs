// Turns the bundled OpenAPI document's `components.schemas` into JSON Schema 2020-12
// definitions that Ajv can compile in strict mode, and describes them for the wrappers.
//
// - `$ref`s move from `#/components/schemas/X` to `#/$defs/X`.
// - Annotations that do not affect validation are dropped (smaller generated code).
// - In a closed request body (`additionalProperties: false`), a `readOnly` property
//   becomes the `false` schema: the types package leaves it out of the writable view, and
//   sending it is reported as a `readOnly` issue rather than silently accepted.

const ANNOTATIONS = new Set([
  "description",
  "title",
  "readOnly",
  "writeOnly",
  "deprecated",
  "example",
  "examples",
  "default",
  "$comment",
  "externalDocs",
  "xml",
]);
const SUBSCHEMA = new Set(["items", "additionalProperties", "not", "contains", "propertyNames"]);
const SUBSCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SUBSCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs"]);
const COMPONENT_REF = "#/components/schemas/";

/** Visits every schema object below `schema` (itself included), parents first. */
function mapSchema(schema, visit) {
  if (typeof schema !== "object" || schema === null) return schema;
  const mapped = {};
  for (const [keyword, value] of Object.entries(visit(schema))) {
    if (SUBSCHEMA.has(keyword)) mapped[keyword] = mapSchema(value, visit);
    else if (SUBSCHEMA_LISTS.has(keyword)) mapped[keyword] = value.map((s) => mapSchema(s, visit));
    else if (SUBSCHEMA_MAPS.has(keyword))
      mapped[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, mapSchema(s, visit)]),
      );
    else mapped[keyword] = value;
  }
  return mapped;
}

function refName(ref) {
  if (!ref.startsWith(COMPONENT_REF)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(COMPONENT_REF.length);
}

/** Names of the component schemas that some operation takes as its request body. */
export function requestBodySchemaNames(document) {
  const names = new Set();
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem)) {
      const content = operation?.requestBody?.content ?? {};
      for (const media of Object.values(content)) {
        if (media.schema?.$ref) names.add(refName(media.schema.$ref));
      }
    }
  }
  return names;
}

function closeOverReadOnly(schema) {
  if (schema.additionalProperties !== false || !schema.properties) return schema;
  const readOnly = Object.keys(schema.properties).filter((p) => schema.properties[p].readOnly);
  if (readOnly.length === 0) return schema;
  const properties = { ...schema.properties };
  for (const name of readOnly) properties[name] = false;
  const required = schema.required?.filter((name) => !readOnly.includes(name));
  return { ...schema, properties, ...(required ? { required } : {}) };
}

function stripAnnotations(schema) {
  return Object.fromEntries(
    Object.entries(schema).filter(
      ([keyword]) => !ANNOTATIONS.has(keyword) && !keyword.startsWith("x-"),
    ),
  );
}

function rewriteRef(schema) {
  return schema.$ref ? { ...schema, $ref: `#/$defs/${refName(schema.$ref)}` } : schema;
}

/** The `$defs` to compile, one per component schema, in the spec's order. */
export function validationDefs(document) {
  const requestBodies = requestBodySchemaNames(document);
  const defs = {};
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    const writable = requestBodies.has(name) ? closeOverReadOnly(schema) : schema;
    defs[name] = mapSchema(writable, (s) => rewriteRef(stripAnnotations(s)));
  }
  return defs;
}

/** Every `format` the definitions use. */
export function formatsUsed(defs) {
  const formats = new Set();
  for (const def of Object.values(defs)) {
    mapSchema(def, (s) => {
      if (typeof s.format === "string") formats.add(s.format);
      return s;
    });
  }
  return [...formats].sort();
}
