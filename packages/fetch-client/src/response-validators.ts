// Loaded on demand (with the validators) by validateResponses: which validator checks which
// response, read from the spec's operation table.
import { operationList } from "@users-api/spec/operations";
import * as validators from "@users-api/validators";
import type { Issue, ValidationOptions } from "@users-api/validators";

export interface ResponseValidator {
  schema: string;
  validate(
    value: unknown,
    options: ValidationOptions,
  ): { ok: true } | { ok: false; issues: readonly Issue[] };
}

const table = new Map<string, ResponseValidator>();
for (const operation of operationList) {
  for (const [status, response] of Object.entries(operation.responses)) {
    const schema = response.schema;
    const validate = (validators as Record<string, unknown>)[`validate${schema}`];
    if (!/^2\d\d$/.test(status) || schema === undefined || typeof validate !== "function") continue;
    table.set(`${operation.method} ${status} ${operation.path}`, {
      schema,
      validate: validate as ResponseValidator["validate"],
    });
  }
}

/** The validator of a success response, by method, status and the spec's path template. */
export const responseValidator = (
  method: string,
  status: number,
  path: string,
): ResponseValidator | undefined => table.get(`${method} ${status} ${path}`);
