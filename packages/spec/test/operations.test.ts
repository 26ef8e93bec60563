// The users operations, their error responses, security and servers.
import { describe, expect, it } from "vitest";
import { deref, isObject, type Json, type JsonObject } from "./support/json.js";
import { loadBundledDocument } from "./support/repo.js";
import { readFacts } from "./support/sources.js";

const document = loadBundledDocument();
const paths = isObject(document["paths"]) ? document["paths"] : {};
const errorStatuses = ["400", "401", "403", "404", "429", "500", "503", "504"];
const errorBodyRef = "#/components/schemas/ErrorBody";

const operations = [
  { operationId: "getUsers", method: "get", path: "/api/v2/users" },
  { operationId: "postUsers", method: "post", path: "/api/v2/users" },
  { operationId: "getUser", method: "get", path: "/api/v2/users/{userId}" },
  { operationId: "patchUser", method: "patch", path: "/api/v2/users/{userId}" },
  { operationId: "deleteUser", method: "delete", path: "/api/v2/users/{userId}" },
  { operationId: "getUserTrustors", method: "get", path: "/api/v2/users/{userId}/trustors" },
] as const;

function operation(path: string, method: string): JsonObject {
  const item = paths[path];
  const found = isObject(item) ? item[method] : undefined;
  if (!isObject(found)) throw new Error(`no ${method.toUpperCase()} ${path}`);
  return found;
}

function responses(op: JsonObject): JsonObject {
  return isObject(op["responses"]) ? op["responses"] : {};
}

/** The `$ref` of a JSON response body's schema, after resolving a referenced response. */
function jsonSchemaRef(response: Json | undefined): Json | undefined {
  const content = deref(document, response)["content"];
  const json = isObject(content) ? content["application/json"] : undefined;
  const schema = isObject(json) ? json["schema"] : undefined;
  return isObject(schema) ? schema["$ref"] : undefined;
}

function parameterNames(op: JsonObject, path: string): string[] {
  const item = paths[path];
  const shared = isObject(item) && Array.isArray(item["parameters"]) ? item["parameters"] : [];
  const own = Array.isArray(op["parameters"]) ? op["parameters"] : [];
  return [...shared, ...own].map((parameter) => String(deref(document, parameter)["name"]));
}

/** The region hosts the facts file lists (`| region hosts | us_east_1 \`mypurecloud.com\`, ...`). */
function factsRegionHosts(): string[] {
  const row = readFacts()
    .split("\n")
    .find((line) => line.startsWith("| region hosts |"));
  if (!row) throw new Error("the facts file has no `region hosts` row");
  return [...row.matchAll(/`([a-z0-9.-]+)`/g)].map((match) => match[1] ?? "");
}

describe("operations", () => {
  it("every path is under /api/v2", () => {
    expect(Object.keys(paths).filter((path) => !path.startsWith("/api/v2/"))).toEqual([]);
  });

  it("the six users operations exist at their methods and paths", () => {
    const found = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(isObject(item) ? item : {})
        .filter(([, op]) => isObject(op) && "responses" in op)
        .map(([method, op]) => ({
          operationId: isObject(op) ? op["operationId"] : "",
          method,
          path,
        })),
    );
    expect(found).toEqual(expect.arrayContaining([...operations]));
  });

  describe.each(operations)("$operationId ($method $path)", ({ method, path, operationId }) => {
    const op = operation(path, method);

    it("has its operationId, a summary and defined tags", () => {
      expect(op["operationId"]).toBe(operationId);
      expect(op["summary"]).toEqual(expect.stringMatching(/\S/));
      const defined = (Array.isArray(document["tags"]) ? document["tags"] : []).map((tag) =>
        isObject(tag) ? tag["name"] : undefined,
      );
      expect(Array.isArray(op["tags"]) && op["tags"].length > 0).toBe(true);
      for (const tag of Array.isArray(op["tags"]) ? op["tags"] : []) expect(defined).toContain(tag);
    });

    it("is secured by OAuth 2 (its own security or the document's)", () => {
      const security = op["security"] ?? document["security"];
      expect(Array.isArray(security) && security.length > 0).toBe(true);
      const schemes = isObject(document["components"])
        ? document["components"]["securitySchemes"]
        : undefined;
      for (const requirement of Array.isArray(security) ? security : []) {
        for (const name of Object.keys(isObject(requirement) ? requirement : {})) {
          expect(isObject(schemes) ? schemes[name] : undefined).toMatchObject({ type: "oauth2" });
        }
      }
    });

    it("has a 2xx response", () => {
      expect(Object.keys(responses(op)).some((status) => /^2\d\d$/.test(status))).toBe(true);
    });

    it.each(errorStatuses)("answers %s with an ErrorBody", (status) => {
      expect(responses(op)).toHaveProperty([status]);
      expect(jsonSchemaRef(responses(op)[status])).toBe(errorBodyRef);
    });

    it("documents Retry-After on 429", () => {
      const headers = deref(document, responses(op)["429"])["headers"];
      expect(Object.keys(isObject(headers) ? headers : {}).map((h) => h.toLowerCase())).toContain(
        "retry-after",
      );
    });
  });

  it("patchUser takes an UpdateUser, answers 409 with an ErrorBody and returns a User", () => {
    const op = operation("/api/v2/users/{userId}", "patch");
    expect(jsonSchemaRef(op["requestBody"])).toBe("#/components/schemas/UpdateUser");
    expect(jsonSchemaRef(responses(op)["409"])).toBe(errorBodyRef);
    expect(jsonSchemaRef(responses(op)["200"])).toBe("#/components/schemas/User");
  });

  it("postUsers takes a CreateUser", () => {
    const op = operation("/api/v2/users", "post");
    expect(jsonSchemaRef(op["requestBody"])).toBe("#/components/schemas/CreateUser");
  });

  it("getUserTrustors lists trustors, whose createdBy is an OrgUser", () => {
    const op = operation("/api/v2/users/{userId}/trustors", "get");
    expect(jsonSchemaRef(responses(op)["200"])).toBe("#/components/schemas/TrustorEntityListing");
    const trustor = deref(document, { $ref: "#/components/schemas/Trustor" });
    expect(isObject(trustor["properties"]) && trustor["properties"]["createdBy"]).toMatchObject({
      $ref: "#/components/schemas/OrgUser",
    });
  });

  it("the read operations take their query parameters", () => {
    const list = operation("/api/v2/users", "get");
    expect(parameterNames(list, "/api/v2/users")).toEqual(
      expect.arrayContaining(["pageSize", "pageNumber", "id", "sortOrder", "expand", "state"]),
    );
    const get = operation("/api/v2/users/{userId}", "get");
    expect(parameterNames(get, "/api/v2/users/{userId}")).toEqual(
      expect.arrayContaining(["userId", "expand", "state"]),
    );
  });
});

describe("servers and security schemes", () => {
  it("a server's region variable offers every region host of the facts file", () => {
    const hosts = factsRegionHosts();
    expect(hosts.length).toBeGreaterThan(0);
    const servers = Array.isArray(document["servers"]) ? document["servers"] : [];
    const regional = servers.filter(isObject).find((server) => {
      const variables = server["variables"];
      return isObject(variables) && isObject(variables["region"]);
    });
    expect(regional, "a server with a `region` variable").toBeDefined();
    expect(regional?.["url"]).toBe("https://api.{region}");
    const region = deref(
      document,
      isObject(regional?.["variables"]) ? regional["variables"]["region"] : {},
    );
    expect(region["enum"]).toEqual(expect.arrayContaining(hosts));
    expect(region["enum"]).toContain(region["default"]);
  });

  it("an OAuth 2 scheme has client-credentials and authorization-code flows on a login host", () => {
    const components = isObject(document["components"]) ? document["components"] : {};
    const schemes = isObject(components["securitySchemes"]) ? components["securitySchemes"] : {};
    const oauth = Object.values(schemes)
      .filter(isObject)
      .find((scheme) => scheme["type"] === "oauth2");
    const flows = isObject(oauth?.["flows"]) ? oauth["flows"] : {};
    const login = expect.stringMatching(/^https:\/\/login\.[a-z0-9.-]+\/oauth\/(token|authorize)$/);
    expect(flows["clientCredentials"]).toMatchObject({ tokenUrl: login });
    expect(flows["authorizationCode"]).toMatchObject({ authorizationUrl: login, tokenUrl: login });
  });
});
