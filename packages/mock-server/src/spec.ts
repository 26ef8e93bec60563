import document from "@users-api/spec";
import { operationList, type OperationEntry, type SchemaObject } from "@users-api/spec/operations";
import {
  objectProperties,
  refName,
  resolveRef,
  schemaRef,
  type OpenApiDocument,
} from "@users-api/spec/walk";

/** The part of a JSON Schema / OpenAPI object this package reads. */
export type SchemaNode = SchemaObject;

const spec = document as unknown as OpenApiDocument;

/** Every operation the spec has, from its operation table. */
export const specOperations: readonly OperationEntry[] = operationList;

export const componentSchema = (name: string): SchemaNode | undefined =>
  spec.components?.schemas?.[name];

export const resolveSchema = (node: SchemaNode): SchemaNode => resolveRef(spec, node);

/** The component schema name of a `{ $ref }` schema, else undefined. */
export const schemaName = (node: SchemaNode): string | undefined =>
  node.$ref === undefined ? undefined : refName(node.$ref);

/** An object schema's properties and required names, those it takes through `allOf` included. */
export const objectShape = (
  name: string,
): { properties: Readonly<Record<string, SchemaNode>>; required: readonly string[] } =>
  objectProperties(spec, { $ref: schemaRef(name) });

/** An object schema's properties, those it takes through `allOf` included. */
export const propertiesOf = (name: string): Readonly<Record<string, SchemaNode>> =>
  objectShape(name).properties;

/** The names of a component schema's properties that a request may set (not `readOnly`). */
export const writableProperties = (name: string): string[] =>
  Object.entries(propertiesOf(name))
    .filter(([, property]) => !property.readOnly && !resolveSchema(property).readOnly)
    .map(([property]) => property);
