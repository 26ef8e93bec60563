// Turns the bundled OpenAPI document's `components.schemas` into JSON Schema 2020-12
// definitions that Ajv can compile in strict mode, and describes them for the wrappers.
import {
  flattenAllOf,
  mapSchema,
  operationTable,
  refName,
  referencedSchemaNames,
  requestBodySchemaNames,
} from "../../../spec/src/walk.js";

// - A model that extends others through `allOf` (User, OrgUser, UpdateUser) becomes one flat
//   object schema (`flattenAllOf`), so that Ajv needs no `unevaluated*` bookkeeping.
// - `$ref`s move from `#/components/schemas/X` to `#/$defs/X`.
// - Annotations that do not affect validation are dropped (smaller generated code).
// - A request body must fit the types package's writable view, which leaves out `readOnly`
//   properties at every depth (`Writable<...>` is recursive). So in a request body, and in
//   every model it reaches, a `readOnly` property becomes the `false` schema: sending it is
//   reported as a `readOnly` issue rather than silently accepted. Models reached from a
//   request body get their own writable variant (`X$writable`), so read models stay as they are.

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
/**
 * The definition name of `name`'s writable variant. `$` cannot occur in a component name
 * (OpenAPI allows only `[a-zA-Z0-9._-]`), so the two never clash, and it keeps the name a
 * JavaScript identifier for the generated depth walkers.
 */
export function writableVariantName(name) {
  return `${name}$writable`;
}

/** Whether a definition name is a writable variant rather than a component schema. */
export function isWritableVariant(defName) {
  return defName.endsWith("$writable");
}

function hasReadOnlyProperty(schema) {
  return Object.values(schema.properties ?? {}).some((property) => property?.readOnly);
}

/**
 * Names of the component schemas whose writable view differs from them: a `readOnly`
 * property somewhere inside, or a `$ref` to such a schema. The others need no variant.
 */
function schemasWithReadOnly(components) {
  const refs = new Map();
  const found = new Set();
  for (const [name, schema] of Object.entries(components)) {
    mapSchema(schema, (s) => {
      if (hasReadOnlyProperty(s)) found.add(name);
      return s;
    });
    refs.set(name, referencedSchemaNames(schema));
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, own] of refs) {
      if (!found.has(name) && [...own].some((ref) => found.has(ref))) {
        found.add(name);
        grew = true;
      }
    }
  }
  return found;
}

/** `schema` with its `readOnly` properties turned into `false` and no longer required. */
function refuseReadOnly(schema) {
  if (!hasReadOnlyProperty(schema)) return schema;
  const readOnly = Object.keys(schema.properties).filter((p) => schema.properties[p]?.readOnly);
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

function rewriteRef(schema, target = (name) => name) {
  return schema.$ref ? { ...schema, $ref: `#/$defs/${target(refName(schema.$ref))}` } : schema;
}

/**
 * The `$defs` to compile: one per component schema, in the spec's order, then the writable
 * variants that request bodies reach (see `isWritableVariant`), in the order first reached.
 */
export function validationDefs(document) {
  // Models that extend others through allOf are compiled as one object each.
  const components = Object.fromEntries(
    Object.entries(document.components.schemas).map(([name, schema]) => [
      name,
      flattenAllOf(document, schema),
    ]),
  );
  const requestBodies = requestBodySchemaNames(operationTable(document));
  const differWhenWritable = schemasWithReadOnly(components);
  const defs = {};
  const variants = {};

  // A request body or writable variant: read-only properties refused at every depth, and
  // every `$ref` pointing at a writable variant, built on first use (memoized, so cycles end).
  // A schema with no read-only property anywhere below it is its own writable variant.
  function writableDef(schema) {
    return mapSchema(schema, (s) => rewriteRef(stripAnnotations(refuseReadOnly(s)), variantFor));
  }
  function variantFor(name) {
    if (components[name]?.readOnly)
      throw new Error(`${name}: a schema that is read-only as a whole is not supported`);
    if (!differWhenWritable.has(name)) return name;
    const variant = writableVariantName(name);
    if (!(variant in variants)) {
      variants[variant] = undefined;
      variants[variant] = writableDef(components[name]);
    }
    return variant;
  }

  for (const [name, schema] of Object.entries(components)) {
    defs[name] = requestBodies.has(name)
      ? writableDef(schema)
      : mapSchema(schema, (s) => rewriteRef(stripAnnotations(s)));
  }
  return { ...defs, ...variants };
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
