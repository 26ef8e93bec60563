// What a change means to a consumer of the packages, in their words: operations by method, path
// and operationId, fields as `Schema.field`. The gate's classifier (classify.mjs) attaches these
// lines to every change it rates; `pnpm changeset:spec` writes them into the changeset, and so
// into every package's CHANGELOG.md.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The two documents compared, parsed, to name operations by their operationId.
 * @typedef {{ base?: unknown; head?: unknown }} Documents
 */

/** @param {string} pointer a JSON Pointer in URI fragment form */
export function pointerSegments(pointer) {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** @param {unknown} value */
function code(value) {
  if (value === undefined) return "(not set)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

/**
 * The operationId of `method path` in the first document that has it.
 * @param {Documents} documents
 * @param {string} path
 * @param {string} method
 */
function operationId(documents, path, method) {
  for (const document of [documents.head, documents.base]) {
    if (!isObject(document) || !isObject(document.paths)) continue;
    const item = document.paths[path];
    const operation = isObject(item) ? item[method] : undefined;
    if (isObject(operation) && typeof operation.operationId === "string") {
      return operation.operationId;
    }
  }
  return undefined;
}

/**
 * "`GET /users/{userId}` (getUser)"
 * @param {string} method @param {string} path @param {string | undefined} id
 */
const operationName = (method, path, id) =>
  `\`${method.toUpperCase()} ${path}\`${id === undefined ? "" : ` (${id})`}`;

/**
 * A schema or a field of one, named as a consumer knows it: `User.email`, `User.addresses[].city`,
 * or for a schema written inline in an operation, "`entities[].email` in the 200 response of
 * `GET /users` (listUsers)".
 * @param {string[]} segments pointer segments
 * @param {Documents} documents
 * @returns {{ name: string; field: boolean; rest: string[] } | undefined} `rest`: what follows the
 *   schema in the pointer (e.g. ["enum"])
 */
function schemaTarget(segments, documents) {
  /** @type {string} */
  let root;
  /** @type {string[]} */
  let inner;
  let inline = false;
  if (segments[0] === "components" && segments[1] === "schemas" && segments[2] !== undefined) {
    root = segments[2];
    inner = segments.slice(3);
  } else if (segments[0] === "paths" && segments[1] !== undefined && segments[2] !== undefined) {
    const at = segments.indexOf("schema");
    if (at === -1) return undefined;
    const [, path, method] = segments;
    const operation = METHODS.includes(method)
      ? operationName(method, path, operationId(documents, path, method))
      : `\`${path}\``;
    const context = segments.slice(3, at);
    if (context[0] === "responses" && context[1] !== undefined) {
      root = `the ${context[1]} response of ${operation}`;
    } else if (context[0] === "requestBody") {
      root = `the request body of ${operation}`;
    } else if (context[0] === "parameters") {
      root = `a parameter of ${operation}`;
    } else {
      root = operation;
    }
    inner = segments.slice(at + 1);
    inline = true;
  } else {
    return undefined;
  }
  let field = "";
  let i = 0;
  while (i < inner.length) {
    const segment = inner[i];
    if (segment === "properties" && inner[i + 1] !== undefined) {
      field += `${field === "" ? "" : "."}${inner[i + 1]}`;
      i += 2;
    } else if (segment === "items") {
      field += "[]";
      i += 1;
    } else if (segment === "additionalProperties" && i + 1 < inner.length) {
      field += "{}";
      i += 1;
    } else if (
      (segment === "allOf" || segment === "oneOf" || segment === "anyOf") &&
      inner[i + 1] !== undefined &&
      /^\d+$/.test(inner[i + 1] ?? "")
    ) {
      i += 2;
    } else {
      break;
    }
  }
  const rest = inner.slice(i);
  if (field === "") return { name: inline ? root : `\`${root}\``, field: false, rest };
  const joined = /^[[{]/.test(field) ? `${root}${field}` : `${root}.${field}`;
  const name = inline ? `\`${field}\` in ${root}` : `\`${joined}\``;
  return { name, field: /[a-zA-Z0-9_$-]$/.test(field) || field.endsWith("]"), rest };
}

/**
 * The value a change is about: the removed one for removals, the new one otherwise.
 * @param {import("./classify.mjs").DiffChange} change
 */
const valueOf = (change) => (change.kind === "removed" ? change.base : change.revision)?.value;

/** @param {"added" | "removed" | "modified"} kind */
const verb = (kind) => ({ added: "Added", removed: "Removed", modified: "Changed" })[kind];

/**
 * Lines for a changelog, one per thing a consumer sees changed. A change redocly reports on a
 * path (a new path with two operations) can give more than one line.
 * @param {import("./classify.mjs").DiffChange} change
 * @param {Documents} [documents]
 * @returns {string[]}
 */
export function describeApiChange(change, documents = {}) {
  const value = valueOf(change);
  const path = pointerSegments(change.path);
  // A schema reported under the first operation that uses it is named by its own place.
  const sourcePointer =
    change.verdicts[0]?.location?.pointer ??
    (change.kind === "removed" ? change.base?.pointer : change.revision?.pointer);
  const source = sourcePointer === undefined ? path : pointerSegments(sourcePointer);
  const { kind, typeName, property } = change;

  if (
    typeName === "PathItem" &&
    path[0] === "paths" &&
    path[1] !== undefined &&
    path.length === 2
  ) {
    const methods = isObject(value) ? METHODS.filter((method) => isObject(value[method])) : [];
    if (kind !== "modified" && methods.length > 0) {
      return methods.map((method) => {
        const operation = /** @type {Record<string, unknown>} */ (
          /** @type {Record<string, unknown>} */ (value)[method]
        );
        const id = typeof operation.operationId === "string" ? operation.operationId : undefined;
        return `${verb(kind)} operation ${operationName(method, path[1] ?? "", id)}`;
      });
    }
    return [`${verb(kind)} path \`${path[1]}\`${property ? ` (\`${property}\`)` : ""}`];
  }

  if (path[0] === "paths" && path[1] !== undefined && path[2] !== undefined) {
    const [, apiPath, method] = path;
    const operation = METHODS.includes(method)
      ? operationName(method, apiPath, operationId(documents, apiPath, method))
      : `\`${apiPath}\``;
    const rest = path.slice(3);

    if (typeName === "Operation" && rest.length === 0) {
      if (kind !== "modified") return [`${verb(kind)} operation ${operation}`];
      if (property === "operationId") {
        return [
          `Renamed operation ${operation}: operationId ${code(change.base?.value)} is now ${code(change.revision?.value)}`,
        ];
      }
      return [`Changed the \`${property ?? "definition"}\` of operation ${operation}`];
    }

    if (typeName === "Parameter" || (rest[0] === "parameters" && rest.length === 2)) {
      return [describeParameter(change, value, operation)];
    }

    if (rest[0] === "responses" && rest[1] !== undefined && rest.length === 2) {
      if (kind !== "modified") {
        return [
          `${verb(kind)} response \`${rest[1]}\` ${kind === "added" ? "to" : "from"} ${operation}`,
        ];
      }
      return [
        `Changed the \`${property ?? "definition"}\` of response \`${rest[1]}\` of ${operation}`,
      ];
    }

    if (rest[0] === "requestBody" && rest.length === 1) {
      if (kind !== "modified") return [`${verb(kind)} the request body of ${operation}`];
      if (property === "required") {
        return [
          `The request body of ${operation} is now ${value === true ? "required" : "optional"}`,
        ];
      }
      return [`Changed the \`${property ?? "definition"}\` of the request body of ${operation}`];
    }
  }

  const target = schemaTarget(source, documents) ?? schemaTarget(path, documents);
  const schemaTypes = ["Schema", "AllOf", "OneOf", "AnyOf", "SchemaProperties"];
  if (schemaTypes.includes(typeName) && target !== undefined) {
    return [describeSchemaChange(change, target)];
  }

  if (path[0] === "components" && path[2] !== undefined && path.length === 3) {
    const what = {
      schemas: "schema",
      parameters: "parameter definition",
      responses: "response definition",
      requestBodies: "request body definition",
      headers: "header definition",
      securitySchemes: "security scheme",
      examples: "example",
    }[path[1] ?? ""];
    if (what !== undefined && kind !== "modified") return [`${verb(kind)} ${what} \`${path[2]}\``];
  }

  if (typeName === "Tag" && isObject(value) && typeof value.name === "string") {
    return [`${verb(kind)} tag \`${value.name}\`${property ? ` (\`${property}\`)` : ""}`];
  }
  if (typeName === "Server" && isObject(value) && typeof value.url === "string") {
    return [`${verb(kind)} server \`${value.url}\``];
  }
  if (path[0] === "info" || typeName === "Info") {
    return [`${verb(kind)} the API's \`${property ?? "info"}\``];
  }

  // Anything else: where it is and what redocly says about it.
  const place = target?.name ?? `\`${path.join("/") || "#"}\``;
  const what = change.verdicts.map((verdict) => verdict.message).join(" ");
  return [
    `${verb(kind)} ${property ? `\`${property}\` of ` : ""}${place}${what ? `: ${what}` : ""}`,
  ];
}

/**
 * @param {import("./classify.mjs").DiffChange} change
 * @param {unknown} value
 * @param {string} operation
 */
function describeParameter(change, value, operation) {
  const { kind, property } = change;
  const current = isObject(change.revision?.value) ? change.revision?.value : undefined;
  const parameter = isObject(value) ? value : current;
  const name =
    isObject(parameter) && typeof parameter.name === "string"
      ? `${String(parameter.in ?? "")} parameter \`${parameter.name}\``.trim()
      : "a parameter";
  if (kind === "added") {
    const required = isObject(parameter) && parameter.required === true ? "required" : "optional";
    return `Added ${required} ${name} to ${operation}`;
  }
  if (kind === "removed") return `Removed ${name} from ${operation}`;
  if (property === "required") {
    return `The ${name} of ${operation} is now ${change.revision?.value === true ? "required" : "optional"}`;
  }
  return `Changed the \`${property ?? "definition"}\` of the ${name} of ${operation}`;
}

/**
 * @param {import("./classify.mjs").DiffChange} change
 * @param {{ name: string; field: boolean; rest: string[] }} target
 */
function describeSchemaChange(change, target) {
  const { kind } = change;
  const noun = target.field ? "field" : "schema";
  const subject = `${noun} ${target.name}`;
  const property = change.property ?? target.rest[0];
  if (kind !== "modified") {
    if (property === undefined || target.rest.length === 0) return `${verb(kind)} ${subject}`;
    return `${verb(kind)} \`${property}\` ${kind === "added" ? "to" : "from"} ${subject}`;
  }
  const before = change.base?.value;
  const after = change.revision?.value;
  switch (property) {
    case "type":
      return `Changed the type of ${subject} from ${code(before)} to ${code(after)}`;
    case "enum": {
      const was = Array.isArray(before) ? before : [];
      const now = Array.isArray(after) ? after : [];
      const has = (/** @type {unknown[]} */ list, /** @type {unknown} */ item) =>
        list.some((other) => JSON.stringify(other) === JSON.stringify(item));
      const gained = now.filter((item) => !has(was, item));
      const lost = was.filter((item) => !has(now, item));
      const parts = [];
      if (gained.length > 0) {
        parts.push(`Added enum values ${gained.map(code).join(", ")} to ${subject}`);
      }
      if (lost.length > 0) {
        parts.push(
          `${parts.length > 0 ? "removed" : "Removed"} enum values ${lost.map(code).join(", ")} from ${subject}`,
        );
      }
      return parts.length > 0 ? parts.join("; ") : `Reordered the enum values of ${subject}`;
    }
    case "required": {
      const was = Array.isArray(before) ? before : [];
      const now = Array.isArray(after) ? after : [];
      const lines = [
        ...now
          .filter((name) => !was.includes(name))
          .map((name) => `Field ${code(name)} of ${target.name} became required`),
        ...was
          .filter((name) => !now.includes(name))
          .map((name) => `Field ${code(name)} of ${target.name} became optional`),
      ];
      return lines.length > 0 ? lines.join("; ") : `Changed the required fields of ${subject}`;
    }
    case "description":
    case "title":
    case "examples":
    case "example":
      return `Changed the ${property === "example" ? "examples" : property} of ${subject}`;
    default:
      return `Changed \`${property ?? "definition"}\` of ${subject} from ${code(before)} to ${code(after)}`;
  }
}
