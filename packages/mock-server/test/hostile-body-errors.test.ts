// 400 bodies for hostile request bodies: keys that are Object.prototype members, and bodies
// with thousands of mistakes (a bounded answer, made in time linear in the mistakes).
import type { ErrorBody } from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidBodyResponse, MAX_DETAILS } from "../src/body-errors.js";
import { createMockServer, type MockServer } from "../src/index.js";
import type { Issue } from "../src/validation.js";
import { call } from "./helpers.js";

let server: MockServer;
let userId: string;
beforeAll(async () => {
  server = await createMockServer({ seed: 3 });
  userId = server.store.list()[0]?.id ?? "";
});
afterAll(() => server.close());

const currentVersion = async (): Promise<number> =>
  (await call<{ version: number }>(server, "GET", `/api/v2/users/${userId}`)).body.version;

const patch = (body: unknown) =>
  call<ErrorBody>(server, "PATCH", `/api/v2/users/${userId}`, { body });

describe("unknown keys named like Object.prototype members", () => {
  it.each(["constructor", "toString", "hasOwnProperty", "valueOf"])(
    "%s is reported at its own path as unknown.field",
    async (key) => {
      const { status, body } = await patch({ version: await currentVersion(), [key]: 1 });
      expect(status).toBe(400);
      expect(body.details).toContainEqual({ fieldName: `/${key}`, errorCode: "unknown.field" });
      expect(body.details?.map((d) => d.fieldName)).not.toContain("/");
      expect(body.message).toContain(`/${key} is not a known field`);
    },
  );

  it('"__proto__" in the JSON text is reported as /__proto__', async () => {
    const version = await currentVersion();
    const { status, body } = await patch(`{"version":${version},"__proto__":{"x":1}}`);
    expect(status).toBe(400);
    expect(body.details).toContainEqual({ fieldName: "/__proto__", errorCode: "unknown.field" });
    expect(body.details?.map((d) => d.fieldName)).not.toContain("/");
  });

  it("both at once, beside a valid field, and the user is left unchanged", async () => {
    const version = await currentVersion();
    const { status, body } = await patch(
      `{"version":${version},"title":"New","constructor":{"prototype":1},"__proto__":[]}`,
    );
    expect(status).toBe(400);
    expect(body.details?.map((d) => d.fieldName).sort()).toEqual(["/__proto__", "/constructor"]);
    expect(body.details?.every((d) => d.errorCode === "unknown.field")).toBe(true);
    expect(await currentVersion()).toBe(version);
  });
});

describe("at most 100 details, and how many more", () => {
  it("300 invalid addresses: 100 details, the message says 200 more", async () => {
    const addresses = Array.from({ length: 300 }, () => ({ mediaType: "NOPE" }));
    const { status, body } = await patch({ version: await currentVersion(), addresses });
    expect(status).toBe(400);
    expect(body.details).toHaveLength(MAX_DETAILS);
    expect(body.details?.[0]).toEqual({
      fieldName: "/addresses/0/mediaType",
      errorCode: "invalid.value",
    });
    expect(body.details?.[99]?.fieldName).toBe("/addresses/99/mediaType");
    expect(body.message).toMatch(/; and 200 more$/);
    expect(String(body.message).split("; ")).toHaveLength(MAX_DETAILS + 1);
  });

  it("exactly 100 mistakes: all listed, no 'more'", async () => {
    const addresses = Array.from({ length: 100 }, () => ({ mediaType: "NOPE" }));
    const { body } = await patch({ version: await currentVersion(), addresses });
    expect(body.details).toHaveLength(100);
    expect(body.message).not.toMatch(/more$/);
  });

  it("counts in thousands with separators: 2,500 unknown keys", () => {
    const body: Record<string, unknown> = { version: 1 };
    for (let i = 0; i < 2_500; i++) body[`k${i}`] = i;
    const issues: Issue[] = Object.keys(body)
      .filter((key) => key !== "version")
      .map(() => ({ path: "", keyword: "additionalProperties", message: "unknown property" }));
    const response = invalidBodyResponse("UpdateUser", body, issues);
    const error = response.body as ErrorBody;
    expect(error.details).toHaveLength(100);
    expect(error.details?.[0]).toEqual({ fieldName: "/k0", errorCode: "unknown.field" });
    expect(error.message).toMatch(/; and 2,400 more$/);
  });
});

/** Wraps an object so that listing its keys and reading its properties are counted. */
function counted<T extends object>(target: T, counts: { keys: number; reads: number }): T {
  return new Proxy(target, {
    ownKeys(object) {
      counts.keys += 1;
      return Reflect.ownKeys(object);
    },
    get(object, key, receiver) {
      counts.reads += 1;
      return Reflect.get(object, key, receiver) as unknown;
    },
  });
}

describe("work linear in the number of issues", () => {
  it("n unknown keys in one object: its keys are listed once, not once per issue", () => {
    for (const n of [1_000, 4_000]) {
      const counts = { keys: 0, reads: 0 };
      const plain: Record<string, unknown> = { version: 1 };
      for (let i = 0; i < n; i++) plain[`unknown${i}`] = i;
      const issues: Issue[] = Array.from({ length: n }, () => ({
        path: "",
        keyword: "additionalProperties",
        message: "unknown property",
      }));
      const response = invalidBodyResponse("UpdateUser", counted(plain, counts), issues);
      expect((response.body as ErrorBody).message).toContain(
        `and ${(n - 100).toLocaleString("en-US")} more`,
      );
      expect(counts.keys).toBe(1);
    }
  });

  it("n invalid array items: property reads grow linearly with n", () => {
    const readsFor = (n: number): number => {
      const counts = { keys: 0, reads: 0 };
      const addresses = Array.from({ length: n }, () => counted({ mediaType: "NOPE" }, counts));
      const body = { version: 1, addresses: counted(addresses, counts) };
      const issues: Issue[] = Array.from({ length: n }, (_, i) => ({
        path: `/addresses/${i}/mediaType`,
        keyword: "enum",
        message: "must be one of ...",
      }));
      invalidBodyResponse("UpdateUser", body, issues);
      return counts.reads;
    };
    // Only the 100 reported issues look into the body at all.
    expect(readsFor(4_000)).toBe(readsFor(1_000));
  });
});
