import type { ErrorBody } from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, homeDivision, type MockServer } from "../src/index.js";
import { call } from "./helpers.js";

let server: MockServer;
let userId: string;
beforeAll(async () => {
  server = await createMockServer({ seed: 5 });
  userId = server.store.list()[0]?.id ?? "";
});
afterAll(() => server.close());

const valid = { name: "Alan Turing", email: "alan@example.com", divisionId: homeDivision.id };

describe("400 for invalid bodies, naming the field", () => {
  it.each([
    [
      "an enum value deep in an array",
      {
        ...valid,
        addresses: [
          { address: "a@example.com", mediaType: "EMAIL" },
          { address: "x", mediaType: "FAX" },
        ],
      },
      "/addresses/1/mediaType",
      "invalid.value",
    ],
    [
      "a missing required field",
      { name: "A", email: "a@example.com" },
      "/divisionId",
      "missing.value",
    ],
    ["an unknown (misspelt) field", { ...valid, emial: "x" }, "/emial", "unknown.field"],
    ["a wrong type", { ...valid, name: 42 }, "/name", "invalid.value"],
  ])("CreateUser with %s", async (_, body, fieldName, errorCode) => {
    const { status, body: error } = await call<ErrorBody>(server, "POST", "/api/v2/users", {
      body,
    });
    expect(status).toBe(400);
    expect(error.code).toBe("bad.request");
    expect(error.message).toContain(fieldName);
    expect(error.details).toContainEqual({ fieldName, errorCode });
  });

  it("UpdateUser without a version", async () => {
    const { status, body } = await call<ErrorBody>(server, "PATCH", `/api/v2/users/${userId}`, {
      body: { title: "x" },
    });
    expect(status).toBe(400);
    expect(body.details).toEqual([{ fieldName: "/version", errorCode: "missing.value" }]);
    expect(body.message).toContain("/version is required");
  });

  it("UpdateUser with a bad education date", async () => {
    const { body } = await call<ErrorBody>(server, "PATCH", `/api/v2/users/${userId}`, {
      body: { version: 1, biography: { education: [{ dateStart: "last spring" }] } },
    });
    expect(body.details).toEqual([
      { fieldName: "/biography/education/0/dateStart", errorCode: "invalid.date" },
    ]);
  });

  it("a body that is not JSON", async () => {
    const { status, body } = await call<ErrorBody>(server, "POST", "/api/v2/users", {
      body: "{name:",
    });
    expect(status).toBe(400);
    expect(body.code).toBe("bad.request");
    expect(body.message).toMatch(/not valid JSON/);
  });

  it("a missing body", async () => {
    const { status, body } = await call<ErrorBody>(server, "POST", "/api/v2/users");
    expect(status).toBe(400);
    expect(body.message).toContain("CreateUser JSON body is required");
  });
});

describe("415 for bodies that are not JSON", () => {
  it("refuses text/plain", async () => {
    const { status, body } = await call<ErrorBody>(server, "POST", "/api/v2/users", {
      body: JSON.stringify(valid),
      headers: { "content-type": "text/plain" },
    });
    expect(status).toBe(415);
    expect(body.code).toBe("unsupported.media.type");
  });

  it("accepts application/json with a charset", async () => {
    const { status } = await call(server, "POST", "/api/v2/users", {
      body: { ...valid, email: "charset@example.com" },
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(status).toBe(200);
  });
});

describe("400 for invalid query parameters, naming the parameter", () => {
  it("a required query parameter that is missing", async () => {
    const { status, body } = await call<ErrorBody>(server, "GET", "/api/v2/users/search");
    expect(status).toBe(400);
    expect(body.details).toEqual([{ fieldName: "q64", errorCode: "missing.value" }]);
    expect(body.message).toContain("q64 is required");
  });

  it.each([
    ["/api/v2/users?state=archived", "state"],
    ["/api/v2/users?sortOrder=up", "sortOrder"],
    ["/api/v2/users?expand=presence,everything", "expand"],
    ["/api/v2/users?pageSize=0", "pageSize"],
    ["/api/v2/users?pageSize=ten", "pageSize"],
    ["/api/v2/users?pageNumber=1.5", "pageNumber"],
    ["/api/v2/users?pageSize=99999999999", "pageSize"],
    ["/api/v2/users/USER?state=inactive", "state"],
    ["/api/v2/users/USER/trustors?pageNumber=-1", "pageNumber"],
    ["/api/v2/users?userCustomAttributeSchemaIds=a,b,c,d,e,f", "userCustomAttributeSchemaIds"],
    [
      "/api/v2/users/query?userCustomAttributeSchemaIds=a,b,c,d,e,f",
      "userCustomAttributeSchemaIds",
    ],
    [
      `/api/v2/users/USER?userCustomAttributeSchemaIds=${Array.from({ length: 101 }, (_, i) => i).join(",")}`,
      "userCustomAttributeSchemaIds",
    ],
  ])("%s", async (path, parameter) => {
    const { status, body } = await call<ErrorBody>(server, "GET", path.replace("USER", userId));
    expect(status).toBe(400);
    expect(body.code).toBe("bad.request");
    expect(body.message).toContain(parameter);
    expect(body.details?.map((d) => d.fieldName)).toEqual([parameter]);
  });

  it("refuses more than 100 ids with max.user.ids", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id${i}`).join(",");
    const { status, body } = await call<ErrorBody>(server, "GET", `/api/v2/users?id=${ids}`);
    expect(status).toBe(400);
    expect(body.details).toEqual([{ fieldName: "id", errorCode: "max.user.ids" }]);
  });

  it("refuses id together with jabberId", async () => {
    const { status, body } = await call<ErrorBody>(server, "GET", "/api/v2/users?id=a&jabberId=b");
    expect(status).toBe(400);
    expect(body.details?.[0]?.fieldName).toBe("jabberId");
  });

  it.each([
    "/api/v2/users?userCustomAttributeSchemaIds=a,b,c,d,e",
    "/api/v2/users/query?userCustomAttributeSchemaIds=a,b,c,d,e",
    "/api/v2/users/USER?userCustomAttributeSchemaIds=a,b,c,d,e,f",
    "/api/v2/users/me?userCustomAttributeSchemaIds=a,b,c,d,e,f",
  ])("accepts userCustomAttributeSchemaIds within its limit: %s", async (path) => {
    expect((await call(server, "GET", path.replace("USER", userId))).status).toBe(200);
  });

  it("ignores parameters the spec does not declare", async () => {
    expect((await call(server, "GET", "/api/v2/users?colour=blue")).status).toBe(200);
  });
});

describe("401 without a valid bearer token", () => {
  it("authentication.required when there is no Authorization header", async () => {
    const { status, body } = await call<ErrorBody>(server, "GET", "/api/v2/users", { token: null });
    expect(status).toBe(401);
    expect(body.code).toBe("authentication.required");
  });

  it.each(["Basic dXNlcjpwYXNz", "Bearer", "Bearer  ", "token abc", "Bearer a b"])(
    "bad.credentials for %j",
    async (authorization) => {
      const { status, body } = await call<ErrorBody>(server, "GET", "/api/v2/users", {
        token: null,
        headers: { authorization },
      });
      expect(status).toBe(401);
      expect(body.code).toBe("bad.credentials");
    },
  );

  it("with accessTokens, accepts only those", async () => {
    const strict = await createMockServer({ auth: { accessTokens: ["let-me-in"] } });
    try {
      expect((await call(strict, "GET", "/api/v2/users", { token: "let-me-in" })).status).toBe(200);
      const other = await call<ErrorBody>(strict, "GET", "/api/v2/users", { token: "guess" });
      expect(other.status).toBe(401);
      expect(other.body.code).toBe("bad.credentials");
    } finally {
      await strict.close();
    }
  });
});

describe("unknown paths and methods", () => {
  it("404 not.found ErrorBody for an unknown path, even without a token", async () => {
    const { status, body } = await call<ErrorBody>(server, "GET", "/api/v2/groups", {
      token: null,
    });
    expect(status).toBe(404);
    expect(body.code).toBe("not.found");
    expect((await call(server, "GET", "/nothing/here")).status).toBe(404);
  });

  it("405 with Allow for a method the path does not have", async () => {
    const { status, body, headers } = await call<ErrorBody>(server, "PUT", "/api/v2/users", {
      body: {},
    });
    expect(status).toBe(405);
    expect(headers.get("allow")).toBe("GET, POST");
    expect(body.code).toBe("method.not.allowed");
  });

  it("answers CORS preflights", async () => {
    const response = await fetch(`${server.url}/api/v2/users`, { method: "OPTIONS" });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
  });
});

describe("messages", () => {
  it("name each field and say what is wrong", async () => {
    const { body } = await call<ErrorBody>(server, "POST", "/api/v2/users", {
      body: { name: "A", email: "a@example.com", divisionId: "d", emial: "x", state: "gone" },
    });
    expect(body.message).toMatch(/^The CreateUser body is invalid: /);
    expect(body.message).toContain("/emial is not a known field");
    expect(body.message).toMatch(/\/state: .*active/);
  });

  it("name read-only fields sent in a PATCH to a strict server", async () => {
    const strict = await createMockServer({ seed: 5, strict: true });
    try {
      const id = strict.store.list()[0]?.id ?? "";
      const { status, body } = await call<ErrorBody>(strict, "PATCH", `/api/v2/users/${id}`, {
        body: { version: 1, id: "other", selfUri: "/x", addresses: [{ display: "x" }] },
      });
      expect(status).toBe(400);
      expect(body.details?.map((d) => d.fieldName).sort()).toEqual([
        "/addresses/0/display",
        "/id",
        "/selfUri",
      ]);
      expect(body.details?.every((d) => d.errorCode === "read.only.field")).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it("name the query parameter and its allowed values", async () => {
    const { body } = await call<ErrorBody>(server, "GET", "/api/v2/users?state=archived");
    expect(body.message).toContain('state "archived" is not valid');
    expect(body.message).toContain('"any"');
  });
});
