// Bad input never crashes a validator: every export of every schema returns a result (or, for
// assertX, throws a ValidationError) for hostile values, and Object.prototype stays untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  validateErrorBody,
  validateOrgUser,
  validateResourceConditionNode,
  validateUpdateUser,
  validateUser,
  validateUserEntityListing,
  ValidationError,
} from "../src/index.js";
import { exportsFor, schemaNames } from "./public-api.js";

const FIVE_MB = 5 * 1024 * 1024;
const bigString = "a".repeat(FIVE_MB);

function nest(depth: number, wrap: (inner: unknown) => unknown, innermost: unknown = {}): unknown {
  let value = innermost;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const heavyInputs = new WeakSet<object>();

/** Marks an input that takes long to check (uri-reference reads 5 MB in ~0.2 s): only validateX runs on it. */
function heavy<T extends object>(value: T): T {
  heavyInputs.add(value);
  return value;
}

function cyclicUser(): unknown {
  const user: Record<string, unknown> = { version: 1 };
  user.manager = user;
  return user;
}

const hostileInputs: [string, () => unknown][] = [
  ["null", () => null],
  ["undefined", () => undefined],
  ["0", () => 0],
  ["-0", () => -0],
  ["NaN", () => NaN],
  ["Infinity", () => Infinity],
  ["a huge number", () => 1e308],
  ["an empty string", () => ""],
  ["true", () => true],
  ["an empty array", () => []],
  ["an array of mixed values", () => [1, "a", null, {}, []]],
  ["a function", () => () => 1],
  ["a function with properties", () => Object.assign(() => 1, { version: 1 })],
  ["a symbol", () => Symbol("s")],
  ["a bigint", () => 10n],
  ["an object with a bigint version", () => ({ version: 10n })],
  ["an object with a symbol inside", () => ({ version: 1, name: Symbol("n"), state: Symbol("s") })],
  ["Object.create(null)", () => Object.create(null)],
  [
    "Object.create(null) with fields",
    () => Object.assign(Object.create(null), { version: 1, name: "Ada" }),
  ],
  ["a Date", () => new Date(0)],
  ["a Map", () => new Map([["version", 1]])],
  [
    "a class instance",
    () =>
      new (class Account {
        version = 1;
      })(),
  ],
  ["a 5 MB string", () => bigString],
  [
    "5 MB strings in formatted and plain fields",
    () =>
      heavy({
        version: 1,
        name: bigString,
        selfUri: bigString,
        state: bigString,
        routingStatus: { startTime: bigString },
        images: [{ imageUri: `https://example.com/${bigString}` }],
        biography: { education: [{ notes: bigString, dateStart: bigString }] },
      }),
  ],
  ["a 5 MB property name", () => ({ version: 1, [bigString]: 1 })],
  [
    "own __proto__ and constructor keys",
    () =>
      JSON.parse(
        '{"version":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
      ),
  ],
  [
    "__proto__ and constructor inside nested models",
    () =>
      JSON.parse(
        '{"version":1,"manager":{"__proto__":{"polluted":"yes"},"version":1},"addresses":[{"constructor":{"prototype":{"polluted":"yes"}}}]}',
      ),
  ],
  ["objects nested 20,000 deep", () => nest(20_000, (inner) => ({ a: inner, version: 1 }))],
  ["arrays nested 20,000 deep", () => nest(20_000, (inner) => [inner])],
  [
    "a manager chain 20,000 deep",
    () => nest(20_000, (inner) => ({ version: 1, manager: inner }), { version: 1 }),
  ],
  ["nested errors 20,000 deep", () => nest(20_000, (inner) => ({ errors: [inner] }))],
  ["condition terms 20,000 deep", () => nest(20_000, (inner) => ({ terms: [inner] }))],
  [
    "group owners 10,000 deep",
    () =>
      nest(
        10_000,
        (inner) => ({
          version: 1,
          groups: [
            {
              name: "g",
              type: "official",
              rulesVisible: true,
              visibility: "public",
              owners: [inner],
            },
          ],
        }),
        { version: 1 },
      ),
  ],
  [
    "a group owner's manager chain 20,000 deep",
    () => ({
      version: 1,
      groups: [
        {
          name: "g",
          type: "official",
          rulesVisible: true,
          visibility: "public",
          owners: [nest(20_000, (inner) => ({ version: 1, manager: inner }), { version: 1 })],
        },
      ],
    }),
  ],
  ["a user who is her own manager", cyclicUser],
];

let prototypeBefore: Record<string, PropertyDescriptor>;

beforeAll(() => {
  prototypeBefore = Object.getOwnPropertyDescriptors(Object.prototype);
});

afterAll(() => {
  expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(prototypeBefore);
});

describe("every validator on hostile input", () => {
  for (const [description, make] of hostileInputs) {
    it(`returns a result for ${description}`, async () => {
      const value = make();
      for (const name of schemaNames) {
        const { validate, is, assert, schema } = exportsFor(name);
        const result = validate(value);
        expect(typeof result.ok, name).toBe("boolean");
        if (!result.ok) {
          expect(result.issues.length, name).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(typeof issue.path).toBe("string");
            expect(typeof issue.message).toBe("string");
            expect(issue.message.length).toBeLessThan(2000);
          }
        }
        if (typeof value === "object" && value !== null && heavyInputs.has(value)) continue;
        expect(is(value), name).toBe(result.ok);
        try {
          assert(value);
          expect(result.ok, name).toBe(true);
        } catch (error) {
          expect(error, name).toBeInstanceOf(ValidationError);
        }
        const standard = await schema["~standard"].validate(value);
        expect(standard.issues === undefined, name).toBe(result.ok);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe("the checks behind the robustness", () => {
  it("reports recursion deeper than the limit as an issue at the first value too deep", () => {
    const result = validateUser(
      nest(20_000, (inner) => ({ version: 1, manager: inner }), { version: 1 }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      keyword: "maxDepth",
      path: "/manager".repeat(128),
      message: expect.stringContaining("nested more than 128 levels deep"),
    });
  });

  it("still validates recursive data of a realistic depth", () => {
    expect(
      validateUser(nest(100, (inner) => ({ version: 1, manager: inner }), { version: 1 })).ok,
    ).toBe(true);
    const badAtTheBottom = validateUser(
      nest(100, (inner) => ({ version: 1, manager: inner }), { version: "1" }),
    );
    expect(badAtTheBottom).toMatchObject({
      ok: false,
      issues: [{ keyword: "type", path: `${"/manager".repeat(100)}/version` }],
    });
    expect(validateErrorBody(nest(60, (inner) => ({ errors: [inner] }))).ok).toBe(true);
    expect(validateResourceConditionNode(nest(60, (inner) => ({ terms: [inner] }))).ok).toBe(true);
  });

  it("guards every schema that reaches a recursive one, through lists and other models", () => {
    const deepUser = nest(5_000, (inner) => ({ version: 1, manager: inner }), { version: 1 });
    expect(validateOrgUser({ version: 1, manager: deepUser })).toMatchObject({
      ok: false,
      issues: [{ keyword: "maxDepth" }],
    });
    expect(validateUserEntityListing({ entities: [deepUser] })).toMatchObject({
      ok: false,
      issues: [{ keyword: "maxDepth", path: expect.stringMatching(/^\/entities\/0\/manager/) }],
    });
    // A request body's nested models are their writable variants: the recursion runs through
    // those (UpdateUser.groups[].owners[].manager.manager...) and is guarded as well.
    expect(
      validateUpdateUser({
        version: 1,
        groups: [
          {
            name: "g",
            type: "official",
            rulesVisible: true,
            visibility: "public",
            owners: [deepUser],
          },
        ],
      }),
    ).toMatchObject({
      ok: false,
      issues: [
        {
          keyword: "maxDepth",
          path: expect.stringMatching(/^\/groups\/0\/owners\/0(\/manager)+$/),
        },
      ],
    });
  });

  it("still validates a request body's recursive data of a realistic depth", () => {
    const owner = (bottom: unknown) =>
      nest(100, (inner) => ({ version: 1, manager: inner }), bottom);
    const patch = (bottom: unknown) => ({
      version: 1,
      groups: [
        {
          name: "g",
          type: "official",
          rulesVisible: true,
          visibility: "public",
          owners: [owner(bottom)],
        },
      ],
    });
    expect(validateUpdateUser(patch({ version: 1 })).ok).toBe(true);
    expect(validateUpdateUser(patch({ version: 1, id: "u-1" }))).toMatchObject({
      ok: false,
      issues: [{ keyword: "readOnly", path: `/groups/0/owners/0${"/manager".repeat(100)}` }],
    });
  });

  it("does not let an own __proto__ key reach the prototype", () => {
    const value = JSON.parse('{"version":1,"__proto__":{"version":"x"}}') as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(validateUpdateUser(value)).toMatchObject({
      ok: false,
      issues: [
        {
          keyword: "additionalProperties",
          message: 'unknown property "__proto__" (not allowed here)',
        },
      ],
    });
    expect(validateUser(value).ok).toBe(true);
  });

  it("shortens a huge property name in messages but keeps it exact in the path", () => {
    const result = validateUpdateUser({ version: 1, [bigString]: 1 });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: "", keyword: "additionalProperties" }],
    });
    if (!result.ok) expect(result.issues[0]?.message.length).toBeLessThan(200);
  });
});
