import document from "@users-api/spec";

/** The part of a JSON Schema / OpenAPI object this package reads. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  default?: unknown;
  readOnly?: boolean;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
}

export interface ParameterNode {
  $ref?: string;
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema?: SchemaNode;
}

interface OperationNode {
  operationId?: string;
  parameters?: ParameterNode[];
}

type PathItemNode = Record<string, OperationNode> & { parameters?: ParameterNode[] };

const spec = document as unknown as {
  paths: Record<string, PathItemNode>;
  components: { schemas: Record<string, SchemaNode>; parameters: Record<string, ParameterNode> };
};

function resolve<T extends { $ref?: string }>(node: T): T {
  let current = node;
  while (current.$ref !== undefined) {
    const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(current.$ref) ?? [];
    const target = (spec.components as Record<string, Record<string, unknown>>)[section ?? ""]?.[
      name ?? ""
    ];
    if (!target) throw new Error(`Cannot resolve ${current.$ref} in the spec`);
    current = target as T;
  }
  return current;
}

/** The schema name a `$ref` points at (`#/components/schemas/SortOrder` -> `SortOrder`). */
export const refName = (node: SchemaNode): string | undefined =>
  node.$ref === undefined ? undefined : node.$ref.slice(node.$ref.lastIndexOf("/") + 1);

export const componentSchema = (name: string): SchemaNode | undefined =>
  spec.components.schemas[name];

export const resolveSchema = (node: SchemaNode): SchemaNode => resolve(node);

/** The query parameters of an operation, `$ref`s resolved, in the spec's order. */
export function queryParameters(path: string, method: string): ParameterNode[] {
  const item = spec.paths[path];
  const operation = item?.[method.toLowerCase()];
  if (!item || !operation) throw new Error(`The spec has no ${method} ${path}`);
  return [...(item.parameters ?? []), ...(operation.parameters ?? [])]
    .map((parameter) => resolve(parameter))
    .filter((parameter) => parameter.in === "query");
}
