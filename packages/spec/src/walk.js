// The one home of the helpers that walk the spec: reading `$ref`s, visiting subschemas,
// turning components into JSON Schema `$defs`, and building the operation table. Plain
// JavaScript (typed with JSDoc, checked by tsc) so that the generators run it with node as it
// is, and the packages import the same code as `@users-api/spec/walk`.

/** @typedef {Record<string, unknown>} JsonObject */

/**
 * @typedef {{
 *   $ref?: string;
 *   type?: string | readonly string[];
 *   format?: string;
 *   enum?: readonly unknown[];
 *   properties?: Readonly<Record<string, SchemaObject>>;
 *   required?: readonly string[];
 *   additionalProperties?: boolean | SchemaObject;
 *   items?: SchemaObject;
 *   allOf?: readonly SchemaObject[];
 *   readOnly?: boolean;
 *   writeOnly?: boolean;
 *   const?: unknown;
 *   default?: unknown;
 *   example?: unknown;
 *   minimum?: number;
 *   maximum?: number;
 *   minLength?: number;
 *   maxLength?: number;
 *   minItems?: number;
 *   maxItems?: number;
 *   description?: string;
 *   [keyword: string]: unknown;
 * }} SchemaObject
 */

/**
 * @typedef {{
 *   paths?: Record<string, Record<string, unknown>>;
 *   components?: { schemas?: Record<string, SchemaObject>; [section: string]: unknown };
 * }} OpenApiDocument
 */

/**
 * @typedef {"GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE"} HttpMethod
 */

/**
 * @typedef {{
 *   name: string;
 *   in: "path" | "query" | "header" | "cookie";
 *   required: boolean;
 *   style?: string;
 *   explode?: boolean;
 *   schema: SchemaObject;
 * }} OperationParameter
 */

/**
 * @typedef {{
 *   required: boolean;
 *   content: readonly { mediaType: string; schema: string }[];
 * }} OperationRequestBody
 */

/**
 * @typedef {{
 *   description: string;
 *   headers?: readonly string[];
 *   mediaType?: string;
 *   schema?: string;
 *   example?: unknown;
 * }} OperationResponse
 */

/**
 * One operation of the spec, `$ref`s resolved: `schema` fields name component schemas.
 * @typedef {{
 *   operationId: string;
 *   method: HttpMethod;
 *   path: string;
 *   summary?: string;
 *   tags: readonly string[];
 *   secured: boolean;
 *   parameters: readonly OperationParameter[];
 *   requestBody?: OperationRequestBody;
 *   responses: Readonly<Record<string, OperationResponse>>;
 * }} OperationEntry
 */

export const SCHEMA_REF_PREFIX = "#/components/schemas/";

/** The HTTP methods an OpenAPI path item may hold, in the order OpenAPI lists them. */
export const HTTP_METHODS = /** @type {const} */ ([
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
]);

/** @param {unknown} value @returns {value is JsonObject} */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The component schema name a `$ref` points at (`#/components/schemas/User` -> `User`; with
 * `prefix` `"#/$defs/"`, `#/$defs/User` -> `User`).
 * @param {string} ref
 * @param {string} [prefix]
 * @returns {string}
 */
export function refName(ref, prefix = SCHEMA_REF_PREFIX) {
  if (!ref.startsWith(prefix) || ref.indexOf("/", prefix.length) !== -1) {
    throw new Error(`unsupported $ref ${ref}: only ${prefix}<Name> is`);
  }
  return ref.slice(prefix.length);
}

/**
 * The `$ref` of a component schema (`User` -> `#/components/schemas/User`).
 * @param {string} name
 */
export const schemaRef = (name) => `${SCHEMA_REF_PREFIX}${name}`;

/**
 * Follows `#/components/<section>/<name>` references until an object that is not one.
 * @template T
 * @param {OpenApiDocument} document
 * @param {T} node
 * @returns {T}
 */
export function resolveRef(document, node) {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current["$ref"] === "string"; hops++) {
    const ref = /** @type {string} */ (current["$ref"]);
    const match = /^#\/components\/([\w.-]+)\/([\w.-]+)$/.exec(ref);
    const section = match && document.components?.[/** @type {string} */ (match[1])];
    const target = isObject(section) ? section[/** @type {string} */ (match?.[2])] : undefined;
    if (target === undefined || hops > 64) throw new Error(`cannot resolve ${ref} in the spec`);
    current = /** @type {T} */ (target);
  }
  return current;
}

const SUBSCHEMA = new Set(["items", "additionalProperties", "not", "contains", "propertyNames"]);
const SUBSCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SUBSCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs"]);

/**
 * A copy of `schema` in which every schema object (itself included, parents first) has been
 * replaced by what `visit` returns for it.
 * @param {unknown} schema
 * @param {(schema: SchemaObject) => SchemaObject} visit
 * @returns {any}
 */
export function mapSchema(schema, visit) {
  if (!isObject(schema)) return schema;
  /** @type {JsonObject} */
  const mapped = {};
  for (const [keyword, value] of Object.entries(visit(/** @type {SchemaObject} */ (schema)))) {
    if (SUBSCHEMA.has(keyword)) mapped[keyword] = mapSchema(value, visit);
    else if (SUBSCHEMA_LISTS.has(keyword) && Array.isArray(value))
      mapped[keyword] = value.map((s) => mapSchema(s, visit));
    else if (SUBSCHEMA_MAPS.has(keyword) && isObject(value))
      mapped[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, mapSchema(s, visit)]),
      );
    else mapped[keyword] = value;
  }
  return mapped;
}

/**
 * Every component schema name a schema refers to directly (its own subschemas included).
 * @param {unknown} schema
 * @returns {Set<string>}
 */
export function referencedSchemaNames(schema) {
  /** @type {Set<string>} */
  const names = new Set();
  mapSchema(schema, (s) => {
    if (typeof s.$ref === "string") names.add(refName(s.$ref));
    return s;
  });
  return names;
}

/**
 * `components.schemas` as JSON Schema `$defs`: every `$ref` moved from
 * `#/components/schemas/X` to `#/$defs/X`, nothing else changed.
 * @param {Record<string, SchemaObject>} schemas
 * @returns {Record<string, SchemaObject>}
 */
export function schemasAsDefs(schemas) {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      mapSchema(schema, (s) =>
        typeof s.$ref === "string" ? { ...s, $ref: `#/$defs/${refName(s.$ref)}` } : s,
      ),
    ]),
  );
}

/**
 * The properties of an object schema, with those of the schemas it extends through `allOf`
 * (in order; a later definition of a property wins), and the names it requires.
 * @param {OpenApiDocument} document
 * @param {SchemaObject} schema
 * @returns {{ properties: Record<string, SchemaObject>; required: string[] }}
 */
export function objectProperties(document, schema) {
  const resolved = resolveRef(document, schema);
  /** @type {Record<string, SchemaObject>} */
  let properties = {};
  /** @type {string[]} */
  let required = [];
  for (const part of resolved.allOf ?? []) {
    const inner = objectProperties(document, part);
    properties = { ...properties, ...inner.properties };
    required = [...required, ...inner.required];
  }
  properties = { ...properties, ...(resolved.properties ?? {}) };
  required = [...new Set([...required, ...(resolved.required ?? [])])];
  return { properties, required };
}

/** Keywords an `allOf` part may have for {@link flattenAllOf} to merge it. */
const MERGEABLE = new Set(["type", "description", "title", "properties", "required", "allOf"]);

/**
 * Throws unless every part (and every part of those) holds only properties to merge.
 * @param {OpenApiDocument} document
 * @param {readonly SchemaObject[]} parts
 */
function assertMergeable(document, parts) {
  for (const part of parts) {
    const resolved = resolveRef(document, part);
    const extra = Object.keys(resolved).filter((keyword) => !MERGEABLE.has(keyword));
    if (extra.length > 0) throw new Error(`allOf part with ${extra.join(", ")} cannot be merged`);
    if (Array.isArray(resolved.allOf)) assertMergeable(document, resolved.allOf);
  }
}

/**
 * An object schema that extends others through `allOf`, as one object schema: their
 * properties and required names merged, and `unevaluatedProperties: false` (which closes an
 * object across its `allOf`) turned into `additionalProperties: false`, which means the same
 * once the properties are in one place. Schemas without `allOf` are returned as they are.
 * @param {OpenApiDocument} document
 * @param {SchemaObject} schema
 * @returns {SchemaObject}
 */
export function flattenAllOf(document, schema) {
  if (!Array.isArray(schema.allOf)) return schema;
  assertMergeable(document, schema.allOf);
  const { allOf: _parts, unevaluatedProperties, ...rest } = schema;
  const { properties, required } = objectProperties(document, schema);
  /** @type {SchemaObject} */
  const flat = { ...rest, properties };
  if (required.length > 0) flat.required = required;
  if (unevaluatedProperties === false) flat.additionalProperties = false;
  else if (unevaluatedProperties !== undefined)
    flat["unevaluatedProperties"] = unevaluatedProperties;
  return flat;
}

/**
 * @param {unknown} schema
 * @param {string} where
 * @returns {string}
 */
function namedSchema(schema, where) {
  if (!isObject(schema) || typeof schema["$ref"] !== "string") {
    throw new Error(`${where}: the schema must be a $ref to a component schema`);
  }
  return refName(schema["$ref"]);
}

/**
 * @param {OpenApiDocument} document
 * @param {unknown} raw
 * @param {string} where
 * @returns {OperationParameter}
 */
function parameterEntry(document, raw, where) {
  const parameter = /** @type {JsonObject} */ (resolveRef(document, raw));
  const name = String(parameter["name"]);
  /** @type {OperationParameter} */
  const entry = {
    name,
    in: /** @type {OperationParameter["in"]} */ (parameter["in"]),
    required: parameter["required"] === true,
    schema: /** @type {SchemaObject} */ (parameter["schema"] ?? {}),
  };
  if (typeof parameter["style"] === "string") entry.style = parameter["style"];
  if (typeof parameter["explode"] === "boolean") entry.explode = parameter["explode"];
  if (!isObject(parameter["schema"]))
    throw new Error(`${where} ${name}: a parameter needs a schema`);
  return entry;
}

/**
 * The operation table: every operation of the spec, in the spec's order, with its parameters
 * (path-level ones first), request body and responses resolved. Request and response bodies
 * must be named component schemas, so that each has a type and a validator.
 * @param {OpenApiDocument} document
 * @returns {OperationEntry[]}
 */
export function operationTable(document) {
  /** @type {OperationEntry[]} */
  const table = [];
  const seen = new Set();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const shared = Array.isArray(item["parameters"]) ? item["parameters"] : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operationId = operation["operationId"];
      if (typeof operationId !== "string") throw new Error(`${where}: no operationId`);
      if (seen.has(operationId)) throw new Error(`${where}: operationId ${operationId} twice`);
      seen.add(operationId);

      /** @type {Map<string, OperationParameter>} */
      const parameters = new Map();
      const own = Array.isArray(operation["parameters"]) ? operation["parameters"] : [];
      for (const raw of [...shared, ...own]) {
        const parameter = parameterEntry(document, raw, where);
        parameters.set(`${parameter.in} ${parameter.name}`, parameter);
      }

      /** @type {OperationEntry} */
      const entry = {
        operationId,
        method: /** @type {HttpMethod} */ (method.toUpperCase()),
        path,
        tags: Array.isArray(operation["tags"]) ? operation["tags"].map(String) : [],
        secured: !(Array.isArray(operation["security"]) && operation["security"].length === 0),
        parameters: [...parameters.values()],
        responses: {},
      };
      if (typeof operation["summary"] === "string") entry.summary = operation["summary"];

      const body = resolveRef(document, operation["requestBody"]);
      if (isObject(body)) {
        const content = isObject(body["content"]) ? body["content"] : {};
        entry.requestBody = {
          required: body["required"] === true,
          content: Object.entries(content).map(([mediaType, media]) => ({
            mediaType,
            schema: namedSchema(isObject(media) ? media["schema"] : undefined, `${where} body`),
          })),
        };
      }

      /** @type {Record<string, OperationResponse>} */
      const responses = {};
      const rawResponses = isObject(operation["responses"]) ? operation["responses"] : {};
      for (const [status, raw] of Object.entries(rawResponses)) {
        const response = /** @type {JsonObject} */ (resolveRef(document, raw));
        /** @type {OperationResponse} */
        const out = { description: String(response["description"] ?? "") };
        if (isObject(response["headers"])) out.headers = Object.keys(response["headers"]);
        const content = isObject(response["content"]) ? Object.entries(response["content"]) : [];
        const [first] = content;
        if (first) {
          const [mediaType, media] = first;
          const mediaObject = isObject(media) ? media : {};
          out.mediaType = mediaType;
          out.schema = namedSchema(mediaObject["schema"], `${where} ${status}`);
          if ("example" in mediaObject) out.example = mediaObject["example"];
          else if (isObject(mediaObject["examples"])) {
            const [named] = Object.values(mediaObject["examples"]);
            const example = resolveRef(document, named);
            if (isObject(example) && "value" in example) out.example = example["value"];
          }
        }
        responses[status] = out;
      }
      entry.responses = responses;
      table.push(entry);
    }
  }
  return table;
}

/**
 * Names of the component schemas that some operation takes as its request body.
 * @param {readonly OperationEntry[]} table
 * @returns {Set<string>}
 */
export function requestBodySchemaNames(table) {
  return new Set(table.flatMap((op) => op.requestBody?.content.map((c) => c.schema) ?? []));
}

/**
 * Names of the component schemas that some operation answers with, in any status.
 * @param {readonly OperationEntry[]} table
 * @returns {Set<string>}
 */
export function responseSchemaNames(table) {
  /** @type {Set<string>} */
  const names = new Set();
  for (const op of table) {
    for (const response of Object.values(op.responses)) {
      if (response.schema !== undefined) names.add(response.schema);
    }
  }
  return names;
}

/**
 * Names of the read models: every component schema a response can contain, that is the
 * response schemas of `table` (any status) and every schema they refer to, at any depth. A
 * schema that is also sent (a request body that is echoed back, like `ProfileSkills`) is one;
 * a schema only ever sent (a request body, a query parameter's enum, the models only they
 * hold) is not.
 * @param {OpenApiDocument} document
 * @param {readonly OperationEntry[]} [table] the operation table of `document`
 * @returns {Set<string>}
 */
export function readModelSchemaNames(document, table = operationTable(document)) {
  const schemas = document.components?.schemas ?? {};
  /** @type {Set<string>} */
  const found = new Set();
  const queue = [...responseSchemaNames(table)];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (found.has(name)) continue;
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`no component schema ${name} in the spec`);
    found.add(name);
    queue.push(...referencedSchemaNames(schema));
  }
  return found;
}
