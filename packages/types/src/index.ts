export type {
  paths,
  components,
  operations,
  webhooks,
  $defs,
  $Read,
  $Write,
  Readable,
  Writable,
} from "./generated/openapi.js";
export * from "./generated/schemas.js";
