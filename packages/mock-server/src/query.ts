import type { Detail } from "@users-api/types";
import { badRequest, type MockResponse } from "./errors.js";
import type { OperationEntry } from "@users-api/spec/operations";
import { resolveSchema, schemaName, type SchemaNode } from "./spec.js";
import { validatorFor, type RequestValidators, type Validate } from "./validation.js";

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** The query values of a request after coercion to the types the spec gives them. */
export type QueryValues = Record<string, number | string | string[] | undefined>;

export type QueryOutcome =
  | {
      ok: true;
      values: QueryValues;
      /** The parameters the request gave, serialized again, in the spec's order. */
      given: [name: string, value: string][];
    }
  | { ok: false; response: MockResponse };

interface Problem {
  field: string;
  errorCode: string;
  message: string;
}

/**
 * Parses an operation's query parameters as its spec declares them: integers with their
 * bounds, comma-separated arrays (`style: form, explode: false`; repeated keys are accepted
 * too), and enum schemas checked with the validators. Unknown parameters are ignored.
 */
export function createQueryParser(
  operation: OperationEntry,
  validators: RequestValidators,
): (search: URLSearchParams) => QueryOutcome {
  const parameters = operation.parameters.filter((parameter) => parameter.in === "query");
  const validatorOf = (node: SchemaNode): Validate<unknown> | undefined => {
    const name = schemaName(node);
    return name === undefined ? undefined : validatorFor(validators, name);
  };
  // Resolve the validators now, so a spec change that needs a new one fails at start-up.
  const checks = parameters.map((parameter) => {
    const schema = parameter.schema;
    return {
      parameter,
      schema: resolveSchema(schema),
      validate: validatorOf(schema),
      validateItem: schema.items ? validatorOf(schema.items) : undefined,
    };
  });

  return (search) => {
    const values: QueryValues = {};
    const given: [string, string][] = [];
    const problems: Problem[] = [];
    for (const { parameter, schema, validate, validateItem } of checks) {
      const name = parameter.name;
      const raw = search.getAll(name);
      if (raw.length === 0) {
        if (parameter.required) {
          problems.push({
            field: name,
            errorCode: "missing.value",
            message: `${name} is required`,
          });
          continue;
        }
        const fallback = schema.default;
        if (typeof fallback === "number" || typeof fallback === "string") values[name] = fallback;
        continue;
      }
      if (schema.type === "array") {
        const items = raw.flatMap((value) => value.split(",")).filter((item) => item !== "");
        if (items.length === 0) continue; // `expand=` asks for nothing
        items.forEach((item, index) => {
          const result = validateItem?.(item);
          if (result && !result.ok) {
            problems.push({
              field: name,
              errorCode: "invalid.value",
              message: `${name} item ${index} ${JSON.stringify(item)} is not valid: ${result.issues[0]?.message ?? "not allowed"}`,
            });
          }
        });
        if (schema.maxItems !== undefined && items.length > schema.maxItems) {
          problems.push({
            field: name,
            errorCode: name === "id" ? "max.user.ids" : "invalid.value",
            message: `${name} may hold at most ${schema.maxItems} values, not ${items.length}`,
          });
        }
        values[name] = items;
        given.push([name, items.join(",")]);
        continue;
      }
      const value = raw[0] ?? "";
      if (schema.type === "integer") {
        const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
        const minimum = schema.minimum ?? (schema.format === "int32" ? INT32_MIN : -Infinity);
        const maximum = schema.maximum ?? (schema.format === "int32" ? INT32_MAX : Infinity);
        if (!Number.isSafeInteger(number)) {
          problems.push({
            field: name,
            errorCode: "invalid.value",
            message: `${name} must be an integer, not ${JSON.stringify(value)}`,
          });
        } else if (number < minimum || number > maximum) {
          problems.push({
            field: name,
            errorCode: "invalid.value",
            message: `${name} must be between ${minimum} and ${maximum}, not ${number}`,
          });
        } else {
          values[name] = number;
          given.push([name, String(number)]);
        }
        continue;
      }
      const result = validate?.(value);
      if (result && !result.ok) {
        problems.push({
          field: name,
          errorCode: "invalid.value",
          message: `${name} ${JSON.stringify(value)} is not valid: ${result.issues[0]?.message ?? "not allowed"}`,
        });
        continue;
      }
      values[name] = value;
      given.push([name, value]);
    }
    if (problems.length > 0) {
      const details: Detail[] = problems.map(({ field, errorCode }) => ({
        fieldName: field,
        errorCode,
      }));
      return {
        ok: false,
        response: badRequest(
          `Invalid query parameter: ${problems.map((p) => p.message).join("; ")}`,
          details,
        ),
      };
    }
    return { ok: true, values, given };
  };
}
