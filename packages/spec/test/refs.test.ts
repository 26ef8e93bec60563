// The bundle is self-contained: every $ref is local and resolves, and every component is used.
import { describe, expect, it } from "vitest";
import {
  collectRefs,
  isObject,
  resolvePointer,
  type Json,
  type JsonObject,
} from "./support/json.js";
import { loadBundledDocument } from "./support/repo.js";

const document = loadBundledDocument();
const components = isObject(document["components"]) ? document["components"] : {};

/** Components reached by following $refs from everything outside `components`. */
function reachableComponents(): Set<string> {
  const roots: JsonObject = { ...document, components: {} };
  const reached = new Set<string>();
  const pending: Json[] = [roots];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const { ref } of collectRefs(node)) {
      if (reached.has(ref)) continue;
      reached.add(ref);
      const target = resolvePointer(document, ref);
      if (target !== undefined) pending.push(target);
    }
  }
  return reached;
}

/** Names of the security schemes named by the global or any operation's security requirements. */
function usedSecuritySchemes(): Set<string> {
  const requirements: Json[] = [document["security"] ?? []];
  const paths = isObject(document["paths"]) ? document["paths"] : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (isObject(operation) && operation["security"]) requirements.push(operation["security"]);
    }
  }
  return new Set(
    requirements.flatMap((list) =>
      Array.isArray(list) ? list.flatMap((req) => (isObject(req) ? Object.keys(req) : [])) : [],
    ),
  );
}

describe("references", () => {
  const refs = collectRefs(document);

  it("the bundle has references to check", () => {
    expect(refs.length).toBeGreaterThan(0);
  });

  it("every $ref is local and resolves", () => {
    const broken = refs.filter(({ ref }) => resolvePointer(document, ref) === undefined);
    expect(broken).toEqual([]);
  });

  it("every $ref points into components", () => {
    const elsewhere = refs.filter(({ ref }) => !/^#\/components\/[^/]+\/[^/]+$/.test(ref));
    expect(elsewhere).toEqual([]);
  });
});

describe("components", () => {
  const reached = reachableComponents();

  it.each(Object.keys(components).filter((kind) => kind !== "securitySchemes"))(
    "every one of components.%s is reachable from the paths",
    (kind) => {
      const group = components[kind];
      const names = isObject(group) ? Object.keys(group) : [];
      expect(names.length).toBeGreaterThan(0);
      const unused = names.filter((name) => !reached.has(`#/components/${kind}/${name}`));
      expect(unused).toEqual([]);
    },
  );

  it("every security scheme is used by a security requirement", () => {
    const schemes = isObject(components["securitySchemes"]) ? components["securitySchemes"] : {};
    const used = usedSecuritySchemes();
    expect(Object.keys(schemes).filter((name) => !used.has(name))).toEqual([]);
    expect([...used].filter((name) => !Object.hasOwn(schemes, name))).toEqual([]);
  });
});
