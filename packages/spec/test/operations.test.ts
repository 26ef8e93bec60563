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
  { operationId: "getUsersMe", method: "get", path: "/api/v2/users/me" },
  { operationId: "getUsersQuery", method: "get", path: "/api/v2/users/query" },
  { operationId: "postUsersSearch", method: "post", path: "/api/v2/users/search" },
  { operationId: "getUsersSearch", method: "get", path: "/api/v2/users/search" },
  { operationId: "patchUsersBulk", method: "patch", path: "/api/v2/users/bulk" },
  {
    operationId: "getUsersExternalidAuthorityNameExternalKey",
    method: "get",
    path: "/api/v2/users/externalid/{authorityName}/{externalKey}",
  },
  { operationId: "getUserState", method: "get", path: "/api/v2/users/{userId}/state" },
  { operationId: "putUserState", method: "put", path: "/api/v2/users/{userId}/state" },
  { operationId: "postUserInvite", method: "post", path: "/api/v2/users/{userId}/invite" },
  {
    operationId: "getUserRoutingstatus",
    method: "get",
    path: "/api/v2/users/{userId}/routingstatus",
  },
  {
    operationId: "putUserRoutingstatus",
    method: "put",
    path: "/api/v2/users/{userId}/routingstatus",
  },
  {
    operationId: "getUserProfileskills",
    method: "get",
    path: "/api/v2/users/{userId}/profileskills",
  },
  {
    operationId: "putUserProfileskills",
    method: "put",
    path: "/api/v2/users/{userId}/profileskills",
  },
  {
    operationId: "getUserRoutingskills",
    method: "get",
    path: "/api/v2/users/{userId}/routingskills",
  },
  {
    operationId: "postUserRoutingskills",
    method: "post",
    path: "/api/v2/users/{userId}/routingskills",
  },
  {
    operationId: "getUserRoutinglanguages",
    method: "get",
    path: "/api/v2/users/{userId}/routinglanguages",
  },
  {
    operationId: "postUserRoutinglanguages",
    method: "post",
    path: "/api/v2/users/{userId}/routinglanguages",
  },
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

function parameters(op: JsonObject, path: string): JsonObject[] {
  const item = paths[path];
  const shared = isObject(item) && Array.isArray(item["parameters"]) ? item["parameters"] : [];
  const own = Array.isArray(op["parameters"]) ? op["parameters"] : [];
  return [...shared, ...own].map((parameter) => deref(document, parameter));
}

function parameterNames(op: JsonObject, path: string): string[] {
  return parameters(op, path).map((parameter) => String(parameter["name"]));
}

function parameter(op: JsonObject, path: string, name: string): JsonObject {
  const found = parameters(op, path).find((p) => p["name"] === name);
  if (!found) throw new Error(`no parameter ${name}`);
  return found;
}

const schema = (name: string): JsonObject =>
  deref(document, { $ref: `#/components/schemas/${name}` });
const ref = (name: string) => `#/components/schemas/${name}`;

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

  it("the users operations exist at their methods and paths", () => {
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

    it("documents the correlation id on its success response", () => {
      const [, success] = Object.entries(responses(op)).find(([status]) => /^2/.test(status)) ?? [];
      const headers = deref(document, success)["headers"];
      expect(Object.keys(isObject(headers) ? headers : {})).toContain("inin-correlation-id");
    });

    it("answers 415 with an ErrorBody when it takes a body, and only then", () => {
      if (op["requestBody"] === undefined) expect(responses(op)).not.toHaveProperty(["415"]);
      else expect(jsonSchemaRef(responses(op)["415"])).toBe(errorBodyRef);
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

  it("getUsersMe returns a UserMe, expands every UserExpand and more, and names not.a.user", () => {
    const op = operation("/api/v2/users/me", "get");
    expect(jsonSchemaRef(responses(op)["200"])).toBe(ref("UserMe"));
    expect(op["description"]).toEqual(expect.stringContaining("`not.a.user`"));
    const expand = parameter(op, "/api/v2/users/me", "expand");
    expect(expand).toMatchObject({ style: "form", explode: false });
    expect(expand["schema"]).toMatchObject({ items: { $ref: ref("UserMeExpand") } });
    const me = schema("UserMeExpand")["enum"];
    expect(me).toEqual(expect.arrayContaining(schema("UserExpand")["enum"] as Json[]));
    expect(me).toEqual(expect.arrayContaining(["date", "organization", "favorites", "token"]));
  });

  it("getUsersQuery pages with a cursor and returns a UserCursorEntityListing", () => {
    const path = "/api/v2/users/query";
    const op = operation(path, "get");
    expect(parameterNames(op, path)).toEqual(
      expect.arrayContaining(["cursor", "pageSize", "sortOrder", "expand", "state"]),
    );
    expect(schema("SortOrder")["enum"]).toEqual(expect.arrayContaining(["ASC", "DESC"]));
    expect(jsonSchemaRef(responses(op)["200"])).toBe(ref("UserCursorEntityListing"));
    expect(Object.keys(schema("UserCursorEntityListing")["properties"] ?? {})).toEqual(
      expect.arrayContaining(["entities", "nextUri", "selfUri", "results", "cursor"]),
    );
  });

  it("user search: POST takes a UserSearchRequest, GET a required q64, both answer pages", () => {
    const path = "/api/v2/users/search";
    const post = operation(path, "post");
    expect(post["requestBody"]).toMatchObject({ required: true });
    expect(jsonSchemaRef(post["requestBody"])).toBe(ref("UserSearchRequest"));
    const get = operation(path, "get");
    expect(parameter(get, path, "q64")).toMatchObject({ in: "query", required: true });
    for (const op of [post, get]) {
      expect(jsonSchemaRef(responses(op)["200"])).toBe(ref("UsersSearchResponse"));
    }
    expect(Object.keys(schema("UsersSearchResponse")["properties"] ?? {})).toEqual(
      expect.arrayContaining(["nextPage", "previousPage", "currentPage", "results", "total"]),
    );
  });

  it("a search criterion has its type enum, operator and nested groups", () => {
    const criteria = schema("UserSearchCriteria");
    const properties = isObject(criteria["properties"]) ? criteria["properties"] : {};
    expect(criteria["required"]).toEqual(["type"]);
    expect(properties["group"]).toMatchObject({
      type: "array",
      items: { $ref: ref("UserSearchCriteria") },
    });
    expect(Object.keys(properties)).toEqual(
      expect.arrayContaining(["fields", "value", "values", "startValue", "endValue"]),
    );
    expect(schema("SearchCriteriaType")["enum"]).toEqual(
      expect.arrayContaining(["EXACT", "CONTAINS", "STARTS_WITH", "RANGE", "LESS_THAN"]),
    );
    expect(schema("SearchCriteriaOperator")["enum"]).toEqual(["AND", "OR", "NOT"]);
    expect(schema("SearchSortOrder")["enum"]).toEqual(["ASC", "DESC", "SCORE"]);
  });

  it("patchUsersBulk takes at most 50 PatchUsers and returns a UserEntityListing", () => {
    const op = operation("/api/v2/users/bulk", "patch");
    expect(jsonSchemaRef(op["requestBody"])).toBe(ref("PatchUserList"));
    expect(schema("PatchUserList")).toMatchObject({
      type: "array",
      maxItems: 50,
      items: { $ref: ref("PatchUser") },
    });
    expect(jsonSchemaRef(responses(op)["200"])).toBe(ref("UserEntityListing"));
  });

  it("the state resource reads a UserStateChange and changes it with a version check", () => {
    const path = "/api/v2/users/{userId}/state";
    const get = operation(path, "get");
    const put = operation(path, "put");
    expect(jsonSchemaRef(responses(get)["200"])).toBe(ref("UserStateChange"));
    expect(jsonSchemaRef(responses(put)["200"])).toBe(ref("UserStateChange"));
    expect(jsonSchemaRef(put["requestBody"])).toBe(ref("UpdateUserStateChange"));
    expect(jsonSchemaRef(responses(put)["409"])).toBe(errorBodyRef);
    // UserState stays the name of the state enum; the model has its own name.
    expect(schema("UserState")).toMatchObject({ type: "string" });
    expect(schema("UserStateChange")["properties"]).toMatchObject({
      state: { $ref: ref("UserState") },
      stateChangeDate: { format: "date-time", readOnly: true },
    });
  });

  it("getUsersExternalidAuthorityNameExternalKey takes both keys and expand, returns a User", () => {
    const path = "/api/v2/users/externalid/{authorityName}/{externalKey}";
    const op = operation(path, "get");
    for (const name of ["authorityName", "externalKey"]) {
      expect(parameter(op, path, name)).toMatchObject({ in: "path", required: true });
    }
    expect(parameterNames(op, path)).toContain("expand");
    expect(jsonSchemaRef(responses(op)["200"])).toBe(ref("User"));
  });

  it("postUserInvite takes force and answers 204 without a body", () => {
    const path = "/api/v2/users/{userId}/invite";
    const op = operation(path, "post");
    expect(parameter(op, path, "force")).toMatchObject({
      in: "query",
      schema: { type: "boolean", default: false },
    });
    expect(op["requestBody"]).toBeUndefined();
    expect(responses(op)["204"]).toBeDefined();
    expect(deref(document, responses(op)["204"])["content"]).toBeUndefined();
  });

  it("routing status, profile skills, routing skills and languages read and write their models", () => {
    const cases = [
      ["routingstatus", "get", undefined, "RoutingStatus"],
      ["routingstatus", "put", "UpdateRoutingStatus", "RoutingStatus"],
      ["profileskills", "get", undefined, "ProfileSkills"],
      ["profileskills", "put", "ProfileSkills", "ProfileSkills"],
      ["routingskills", "get", undefined, "UserSkillEntityListing"],
      ["routingskills", "post", "UserRoutingSkillPost", "UserRoutingSkill"],
      ["routinglanguages", "get", undefined, "UserLanguageEntityListing"],
      ["routinglanguages", "post", "UserRoutingLanguagePost", "UserRoutingLanguage"],
    ] as const;
    for (const [resource, method, body, result] of cases) {
      const op = operation(`/api/v2/users/{userId}/${resource}`, method);
      const where = `${method} ${resource}`;
      if (body === undefined) expect(op["requestBody"], where).toBeUndefined();
      else expect(jsonSchemaRef(op["requestBody"]), where).toBe(ref(body));
      expect(jsonSchemaRef(responses(op)["200"]), where).toBe(ref(result));
    }
    expect(schema("ProfileSkills")).toMatchObject({ type: "array", items: { type: "string" } });
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
