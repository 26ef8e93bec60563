// Finds where validation can recurse without bound: a `$ref` cycle (User.manager -> User,
// ErrorBody.errors -> ErrorBody, ...) lets input nest as deep as it likes, and Ajv's generated
// code recurses once per level. The result tells the runtime which properties to follow when it
// measures depth before calling Ajv, so the check stays cheap: it walks only those paths.

import { refName as schemaName } from "../../../spec/src/walk.js";

const STRUCTURAL = [
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "prefixItems",
  "contains",
];

const refName = (ref) => schemaName(ref, "#/$defs/");

function refsIn(schema, found = new Set()) {
  if (typeof schema !== "object" || schema === null) return found;
  if (Array.isArray(schema)) {
    for (const item of schema) refsIn(item, found);
    return found;
  }
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "$ref") found.add(refName(value));
    else if (keyword !== "enum" && keyword !== "const") refsIn(value, found);
  }
  return found;
}

function reachable(graph, start) {
  const seen = new Set();
  const stack = [...graph.get(start)];
  while (stack.length > 0) {
    const name = stack.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...graph.get(name));
  }
  return seen;
}

/**
 * For every definition from which input can nest without bound, the recursion path tree:
 * a definition name, or `{ properties?, items?, additionalProperties? }` whose leaves are names.
 */
export function recursionPaths(defs) {
  const graph = new Map(Object.entries(defs).map(([name, def]) => [name, refsIn(def)]));
  const reach = new Map([...graph.keys()].map((name) => [name, reachable(graph, name)]));
  const cyclic = new Set([...graph.keys()].filter((name) => reach.get(name).has(name)));
  const unbounded = new Set(
    [...graph.keys()].filter(
      (name) => [...reach.get(name)].some((r) => cyclic.has(r)) || cyclic.has(name),
    ),
  );

  function pathTree(schema, where) {
    if (typeof schema !== "object" || schema === null) return undefined;
    if (schema.$ref) {
      const name = refName(schema.$ref);
      if (!unbounded.has(name)) return undefined;
      if (Object.keys(schema).some((k) => k === "properties" || k === "items"))
        throw new Error(
          `${where}: $ref beside properties/items is not supported by the depth guard`,
        );
      return name;
    }
    for (const keyword of STRUCTURAL) {
      if (
        schema[keyword] !== undefined &&
        [...refsIn(schema[keyword])].some((n) => unbounded.has(n))
      )
        throw new Error(
          `${where}: "${keyword}" around a recursive $ref is not supported by the depth guard`,
        );
    }
    const tree = {};
    if (schema.properties) {
      const properties = {};
      for (const [name, sub] of Object.entries(schema.properties)) {
        const subtree = pathTree(sub, `${where}/properties/${name}`);
        if (subtree !== undefined) properties[name] = subtree;
      }
      if (Object.keys(properties).length > 0) tree.properties = properties;
    }
    for (const keyword of ["items", "additionalProperties"]) {
      const subtree = pathTree(schema[keyword], `${where}/${keyword}`);
      if (subtree !== undefined) tree[keyword] = subtree;
    }
    return Object.keys(tree).length > 0 ? tree : undefined;
  }

  const paths = {};
  for (const name of graph.keys()) {
    if (!unbounded.has(name)) continue;
    const tree = pathTree(defs[name], `#/$defs/${name}`);
    if (typeof tree !== "object")
      throw new Error(`#/$defs/${name}: a bare alias of a recursive schema is not supported`);
    paths[name] = tree;
  }
  return paths;
}
