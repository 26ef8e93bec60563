export * from "./generated/index.js";
export { ValidationError } from "./validation-error.js";
export type { Issue, ValidationOptions, ValidationResult } from "./issue.js";
export type { Assert, Guard, Validate } from "./create-validators.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
