// Nothing escapes: for every schema the package exports, values that throw when they are read (a
// revoked Proxy, a Proxy whose traps throw, an object with a throwing getter where the schema
// looks) give an `unreadable` issue from validateX and ~standard.validate, false from isX, and a
// ValidationError from assertX. Nothing else is thrown.
import { describe, expect, it } from "vitest";
import * as validators from "../src/index.js";
import { ValidationError, type StandardSchemaV1 } from "../src/index.js";
import spec from "../../spec/src/generated/openapi.json" with { type: "json" };
import { exportsFor } from "./public-api.js";

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  allOf?: Schema[];
  items?: unknown;
  additionalProperties?: unknown;
};
const schemas = spec.components.schemas as Record<string, Schema>;

/** The schemas, read from the package's exports (validateX for each X). */
const exportedNames = Object.keys(validators)
  .filter((key) => key.startsWith("validate"))
  .map((key) => key.slice("validate".length))
  .sort();

function resolve(schema: Schema): Schema {
  return schema.$ref === undefined
    ? schema
    : (schemas[schema.$ref.replace("#/components/schemas/", "")] as Schema);
}

/** A property the schema reads: a required one if it has one, else its first. */
function propertyOf(schema: Schema): string | undefined {
  const own = resolve(schema);
  if (own.required?.[0] !== undefined) return own.required[0];
  const first = Object.keys(own.properties ?? {})[0];
  if (first !== undefined) return first;
  for (const part of own.allOf ?? []) {
    const found = propertyOf(part);
    if (found !== undefined) return found;
  }
  return undefined;
}

const SECRET = "the getter's secret";
const throwing = (): never => {
  throw new Error(SECRET);
};

/** An object (or array) with a throwing getter where the schema reads, and that place. */
function withThrowingGetter(name: string): { value: object; path: string } | undefined {
  const schema = resolve(schemas[name] as Schema);
  const property = propertyOf(schema);
  if (property !== undefined) {
    const value = Object.defineProperty({}, property, { get: throwing, enumerable: true });
    return { value, path: `/${property.replaceAll("~", "~0").replaceAll("/", "~1")}` };
  }
  if (schema.type === "array" && schema.items !== undefined) {
    return {
      value: Object.defineProperty([], "0", { get: throwing, enumerable: true }),
      path: "/0",
    };
  }
  if (typeof schema.additionalProperties === "object") {
    const value = Object.defineProperty({}, "someKey", { get: throwing, enumerable: true });
    return { value, path: "/someKey" };
  }
  return undefined;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function throwingProxy(): object {
  return new Proxy(
    { version: 1 },
    {
      get: throwing,
      has: throwing,
      ownKeys: throwing,
      getOwnPropertyDescriptor: throwing,
      getPrototypeOf: throwing,
    },
  );
}

const unreadable = (path: string) => ({
  keyword: "unreadable",
  path,
  message: expect.stringMatching(/could not be read/) as unknown as string,
});

describe("unreadable values", () => {
  it("are tried on every exported schema", () => {
    expect(exportedNames.length).toBe(Object.keys(schemas).length);
    expect(exportedNames).toContain("User");
    // Every object and array schema gets the throwing-getter case below.
    const withGetter = exportedNames.filter((name) => withThrowingGetter(name) !== undefined);
    expect(withGetter).toContain("User");
    expect(withGetter.length).toBeGreaterThan(exportedNames.length / 2);
  });

  describe.each(exportedNames)("%s", (name) => {
    const { validate, is, assert, schema } = exportsFor(name);

    /** Every export gives an answer, and they agree; `assertX` throws only ValidationError. */
    function expectNothingEscapes(value: unknown) {
      let result: ReturnType<typeof validate> | undefined;
      expect(() => (result = validate(value))).not.toThrow();
      expect(() => is(value)).not.toThrow();
      expect(is(value)).toBe(result?.ok);
      expect(() => schema["~standard"].validate(value)).not.toThrow();
      let thrown: unknown;
      try {
        assert(value);
      } catch (error) {
        thrown = error;
      }
      if (result?.ok) expect(thrown).toBeUndefined();
      else expect(thrown).toBeInstanceOf(ValidationError);
      for (const issue of result?.ok === false ? result.issues : []) {
        expect(issue).toEqual({
          keyword: expect.any(String),
          path: expect.any(String),
          message: expect.any(String),
        });
        expect(issue.message).not.toContain(SECRET);
      }
      return {
        result: result!,
        // Synchronous, as this package's validate always is.
        standard: schema["~standard"].validate(value) as StandardSchemaV1.Result<unknown>,
        thrown,
      };
    }

    it("a revoked Proxy is one unreadable issue at the root", () => {
      const { result, standard, thrown } = expectNothingEscapes(revokedProxy());
      expect(is(revokedProxy())).toBe(false);
      expect(result).toEqual({ ok: false, issues: [unreadable("")] });
      expect(standard).toEqual({
        issues: [{ message: expect.stringMatching(/could not be read/), path: [] }],
      });
      expect((thrown as ValidationError).issues).toEqual([unreadable("")]);
    });

    it("a Proxy whose traps throw gives a result (unreadable where the schema reads it)", () => {
      // A schema that reads nothing of an object (`additionalProperties: true` and no
      // properties) accepts it; an enum says it is not a string.
      const { result } = expectNothingEscapes(throwingProxy());
      if (propertyOf(schemas[name]!) !== undefined) {
        expect(result).toEqual({ ok: false, issues: [unreadable("")] });
      }
    });

    // Only schemas that read a property or an item have a place for a getter (enums and
    // strings do not): the others get no such test rather than a skipped one.
    const getter = withThrowingGetter(name);
    if (getter)
      it("an object with a throwing getter where the schema reads is unreadable there", () => {
        const { result, standard, thrown } = expectNothingEscapes(getter!.value);
        expect(is(getter!.value)).toBe(false);
        expect(result).toEqual({ ok: false, issues: [unreadable(getter!.path)] });
        expect((thrown as ValidationError).issues).toEqual([unreadable(getter!.path)]);
        expect(standard.issues?.map((issue) => issue.path)).toEqual([
          [getter!.path === "/0" ? 0 : getter!.path.slice(1)],
        ]);
      });
  });

  it("names the place in the message, as other issues do", () => {
    const user = Object.defineProperty({}, "version", { get: throwing, enumerable: true });
    expect(validators.validateUser(user)).toEqual({
      ok: false,
      issues: [
        {
          keyword: "unreadable",
          path: "/version",
          message: "version could not be read (a getter or proxy threw), so it was not checked",
        },
      ],
    });
    const nested = { version: 1, addresses: [{ address: "a" }] };
    Object.defineProperty(nested.addresses[0], "mediaType", { get: throwing, enumerable: true });
    const result = validators.validateUser(nested);
    expect(result.ok === false && result.issues).toEqual([unreadable("/addresses/0/mediaType")]);
    expect(result.ok === false && result.issues[0]?.message).toMatch(/^addresses\[0\]\.mediaType /);
  });

  it("deep inside a recursive schema, past the depth guard too", () => {
    const manager = new Proxy({}, { get: throwing, ownKeys: throwing });
    expect(validators.isUser({ version: 1, manager })).toBe(false);
    expect(validators.validateUser({ version: 1, manager })).toEqual({
      ok: false,
      issues: [unreadable("/manager")],
    });
    expect(() => validators.assertUser({ version: 1, manager })).toThrow(ValidationError);
  });

  it("a getter that throws something other than an Error is caught too", () => {
    const user = {
      get version(): number {
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw undefined;
      },
    };
    expect(validators.validateUser(user)).toEqual({ ok: false, issues: [unreadable("/version")] });
    expect(validators.isUser(user)).toBe(false);
  });
});
