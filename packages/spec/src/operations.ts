import { operations } from "./generated/operations.js";
import type { OperationEntry } from "./walk.js";

export type {
  HttpMethod,
  OperationEntry,
  OperationParameter,
  OperationRequestBody,
  OperationResponse,
  SchemaObject,
} from "./walk.js";
export { operations };

/** The table's type: every operation with its literal method, path and schema names. */
export type Operations = typeof operations;
/** The operationId of any operation in the spec. */
export type OperationId = keyof Operations;

/** Every operation of the spec, in the spec's order. */
export const operationList: readonly OperationEntry[] = Object.values(operations);
