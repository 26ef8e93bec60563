// User search over HTTP, checked against plain-array reference filters written here, apart
// from the mock's own evaluation (src/search.ts): each request's ids must equal, in order,
// the ids of a straightforward `users.filter(...)` (sorted by name then id unless it sorts).
import type {
  User,
  UserSearchCriteria,
  UserSearchRequest,
  UsersSearchResponse,
} from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, type MockServer } from "../src/index.js";
import { matches, searchUsers } from "../src/search.js";
import { call } from "./helpers.js";

let server: MockServer;
let all: User[];
let active: User[];
beforeAll(async () => {
  server = await createMockServer({ seed: 60 });
  all = server.store.list({ state: "any" });
  active = all.filter((u) => u.state === "active");
});
afterAll(() => server.close());

const lower = (text: string | undefined): string => (text ?? "").toLowerCase();
const byNameThenId = (a: User, b: User): number =>
  a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0;
const ids = (users: readonly User[]): string[] => users.map((u) => u.id!);
const inNameOrder = (users: User[]): string[] => ids([...users].sort(byNameThenId));
const wordsOf = (text: string | undefined): string[] =>
  lower(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

const search = async (request: UserSearchRequest) =>
  call<UsersSearchResponse>(server, "POST", "/api/v2/users/search", {
    body: { pageSize: 100, ...request },
  });

// Values picked from the seeded users, so every case finds some users and leaves out others.
const someone = (n: number): User => active[n % active.length]!;
const lastName = (user: User): string => user.name!.split(" ")[1]!;
const firstName = (user: User): string => user.name!.split(" ")[0]!;
const aManagerId = (): string => active.find((u) => u.manager)!.manager!.id!;

type Case = [title: string, request: () => UserSearchRequest, expected: () => string[]];

const cases: Case[] = [
  [
    "EXACT ignores case",
    () => ({ query: [{ type: "EXACT", fields: ["name"], value: someone(3).name!.toUpperCase() }] }),
    () => inNameOrder(active.filter((u) => lower(u.name) === lower(someone(3).name))),
  ],
  [
    "EXACT with values: any of them",
    () => ({
      query: [{ type: "EXACT", fields: ["department"], values: ["Sales", "engineering"] }],
    }),
    () =>
      inNameOrder(active.filter((u) => u.department === "Sales" || u.department === "Engineering")),
  ],
  [
    "CONTAINS",
    () => ({ query: [{ type: "CONTAINS", fields: ["email"], value: "AN" }] }),
    () => inNameOrder(active.filter((u) => lower(u.email).includes("an"))),
  ],
  [
    "STARTS_WITH",
    () => ({ query: [{ type: "STARTS_WITH", fields: ["name"], value: "a" }] }),
    () => inNameOrder(active.filter((u) => lower(u.name).startsWith("a"))),
  ],
  [
    "several fields: any of them matches",
    () => ({ query: [{ type: "CONTAINS", fields: ["title", "department"], value: "sales" }] }),
    () =>
      inNameOrder(
        active.filter(
          (u) => lower(u.title).includes("sales") || lower(u.department).includes("sales"),
        ),
      ),
  ],
  [
    "TERM: a whole word",
    () => ({ query: [{ type: "TERM", fields: ["name"], value: lastName(someone(5)) }] }),
    () => inNameOrder(active.filter((u) => wordsOf(u.name).includes(lower(lastName(someone(5)))))),
  ],
  [
    "TERMS: any whole word",
    () => ({
      query: [
        {
          type: "TERMS",
          fields: ["name"],
          values: [firstName(someone(1)), lastName(someone(9))],
        },
      ],
    }),
    () =>
      inNameOrder(
        active.filter((u) =>
          [lower(firstName(someone(1))), lower(lastName(someone(9)))].some((w) =>
            wordsOf(u.name).includes(w),
          ),
        ),
      ),
  ],
  [
    "REGEX: the whole value, ignoring case",
    () => ({
      query: [{ type: "REGEX", fields: ["email"], value: "[A-F].*\\.[a-m].*@example\\.com" }],
    }),
    () => inNameOrder(active.filter((u) => /^(?:[a-f].*\.[a-m].*@example\.com)$/i.test(u.email!))),
  ],
  [
    "REQUIRED_FIELDS: every field has a value",
    () => ({ query: [{ type: "REQUIRED_FIELDS", fields: ["profileSkills", "certifications"] }] }),
    () =>
      inNameOrder(
        active.filter((u) => u.profileSkills!.length > 0 && u.certifications!.length > 0),
      ),
  ],
  [
    "MATCH_ALL: every active user",
    () => ({ query: [{ type: "MATCH_ALL" }] }),
    () => inNameOrder(active),
  ],
  ["no query: every active user", () => ({}), () => inNameOrder(active)],
  [
    "RANGE on a number, both ends included",
    () => ({ query: [{ type: "RANGE", fields: ["version"], startValue: "2", endValue: "4" }] }),
    () => inNameOrder(active.filter((u) => u.version >= 2 && u.version <= 4)),
  ],
  [
    "RANGE of dates with dateFormat, one end open",
    () => ({
      query: [
        {
          type: "RANGE",
          fields: ["employerInfo.dateHire"],
          startValue: "2016-01-01",
          dateFormat: "yyyy-MM-dd",
        },
      ],
    }),
    () => inNameOrder(active.filter((u) => u.employerInfo!.dateHire! >= "2016-01-01")),
  ],
  [
    "LESS_THAN a number",
    () => ({ query: [{ type: "LESS_THAN", fields: ["version"], value: "3" }] }),
    () => inNameOrder(active.filter((u) => u.version < 3)),
  ],
  [
    "LESS_THAN_EQUAL_TO text",
    () => ({ query: [{ type: "LESS_THAN_EQUAL_TO", fields: ["name"], value: "f" }] }),
    () => inNameOrder(active.filter((u) => lower(u.name) <= "f")),
  ],
  [
    "GREATER_THAN a date-time",
    () => ({
      query: [
        {
          type: "GREATER_THAN",
          fields: ["routingStatus.startTime"],
          value: "2025-12-20T00:00:00Z",
        },
      ],
    }),
    () =>
      inNameOrder(
        active.filter(
          (u) => Date.parse(u.routingStatus!.startTime!) > Date.parse("2025-12-20T00:00:00Z"),
        ),
      ),
  ],
  [
    "GREATER_THAN_EQUAL_TO a date",
    () => ({
      query: [
        { type: "GREATER_THAN_EQUAL_TO", fields: ["employerInfo.dateHire"], value: "2019-01-01" },
      ],
    }),
    () => inNameOrder(active.filter((u) => u.employerInfo!.dateHire! >= "2019-01-01")),
  ],
  [
    "a criterion on state searches every state",
    () => ({ query: [{ type: "EXACT", fields: ["state"], values: ["inactive", "deleted"] }] }),
    () => inNameOrder(all.filter((u) => u.state !== "active")),
  ],
  [
    "NOT leaves out",
    () => ({
      query: [
        { type: "MATCH_ALL" },
        { type: "EXACT", operator: "NOT", fields: ["department"], value: "Sales" },
      ],
    }),
    () => inNameOrder(active.filter((u) => u.department !== "Sales")),
  ],
  [
    "OR: at least one, with every AND",
    () => ({
      query: [
        { type: "EXACT", operator: "OR", fields: ["department"], value: "Sales" },
        { type: "EXACT", operator: "OR", fields: ["department"], value: "Operations" },
        { type: "CONTAINS", operator: "AND", fields: ["title"], value: "manager" },
      ],
    }),
    () =>
      inNameOrder(
        active.filter(
          (u) =>
            (u.department === "Sales" || u.department === "Operations") &&
            lower(u.title).includes("manager"),
        ),
      ),
  ],
  [
    "nested groups",
    () => ({
      query: [
        { type: "EXACT", fields: ["state"], values: ["active", "inactive"] },
        {
          type: "MATCH_ALL",
          group: [
            { type: "STARTS_WITH", operator: "OR", fields: ["name"], value: "a" },
            {
              type: "MATCH_ALL",
              operator: "OR",
              group: [
                { type: "STARTS_WITH", fields: ["name"], value: "m" },
                { type: "EXACT", operator: "NOT", fields: ["acdAutoAnswer"], value: "true" },
              ],
            },
          ],
        },
      ],
    }),
    () =>
      inNameOrder(
        all.filter(
          (u) =>
            u.state !== "deleted" &&
            (lower(u.name).startsWith("a") || (lower(u.name).startsWith("m") && !u.acdAutoAnswer)),
        ),
      ),
  ],
  [
    "QUERY_STRING: every word in one of the default fields",
    () => ({ query: [{ type: "QUERY_STRING", value: "an CUSTOMER" }] }),
    () =>
      inNameOrder(
        active.filter((u) =>
          ["an", "customer"].every((word) =>
            [u.name, u.email, u.username, u.title, u.department].some((v) =>
              lower(v).includes(word),
            ),
          ),
        ),
      ),
  ],
  [
    "vendor field names and objects: routingSkills by name, manager by id",
    () => ({
      query: [
        { type: "EXACT", fields: ["routingSkills"], value: "billing" },
        { type: "EXACT", operator: "NOT", fields: ["manager"], value: aManagerId() },
      ],
    }),
    () =>
      inNameOrder(
        active.filter(
          (u) => u.skills!.some((s) => s.name === "Billing") && u.manager?.id !== aManagerId(),
        ),
      ),
  ],
  [
    "booleans",
    () => ({ query: [{ type: "EXACT", fields: ["acdAutoAnswer"], value: "TRUE" }] }),
    () => inNameOrder(active.filter((u) => u.acdAutoAnswer === true)),
  ],
  [
    "sortBy and sortOrder DESC",
    () => ({ query: [{ type: "MATCH_ALL" }], sortBy: "email", sortOrder: "DESC" }),
    () => ids([...active].sort((a, b) => (a.email! < b.email! ? 1 : a.email! > b.email! ? -1 : 0))),
  ],
  [
    "sort by several fields, ties by name then id",
    () => ({
      sort: [
        { sortBy: "department", sortOrder: "ASC" },
        { sortBy: "version", sortOrder: "DESC" },
      ],
    }),
    () =>
      ids(
        [...active].sort(
          (a, b) =>
            a.department!.localeCompare(b.department!, "en") ||
            b.version - a.version ||
            byNameThenId(a, b),
        ),
      ),
  ],
];

describe("postUsersSearch: the mock finds what a plain filter finds", () => {
  it("the seeded users give every case something to find and something to leave out", () => {
    for (const [title, , expected] of cases) {
      const found = expected();
      expect(found.length, title).toBeGreaterThan(0);
      if (!title.startsWith("sort") && !title.includes("every active")) {
        expect(found.length, title).toBeLessThan(active.length);
      }
    }
  });

  it.each(cases)("%s", async (_title, request, expected) => {
    const { status, body } = await search(request());
    expect(status).toBe(200);
    expect(body.results.map((u) => u.id)).toEqual(expected());
    expect(body).toMatchObject({ total: expected().length, pageNumber: 1, types: ["users"] });
  });
});

describe("paging with q64 tokens", () => {
  const request: UserSearchRequest = {
    query: [{ type: "EXACT", fields: ["state"], values: ["active", "inactive"] }],
    sortBy: "email",
    pageSize: 7,
  };
  const expected = () =>
    ids(
      all
        .filter((u) => u.state !== "deleted")
        .sort((a, b) => (a.email! < b.email! ? -1 : a.email! > b.email! ? 1 : 0)),
    );

  it("nextPage, round-tripped through GET /api/v2/users/search, reads every page once", async () => {
    const first = await search(request);
    expect(first.body).toMatchObject({ pageNumber: 1, pageSize: 7 });
    expect(first.body.previousPage).toBeUndefined();
    expect(first.body.pageCount).toBe(Math.ceil(expected().length / 7));
    const seen = first.body.results.map((u) => u.id);
    let token = first.body.nextPage;
    let pages = 1;
    while (token !== undefined) {
      const page = await call<UsersSearchResponse>(
        server,
        "GET",
        `/api/v2/users/search?q64=${token}`,
      );
      expect(page.status).toBe(200);
      pages += 1;
      expect(page.body.pageNumber).toBe(pages);
      seen.push(...page.body.results.map((u) => u.id));
      token = page.body.nextPage;
    }
    expect(pages).toBe(first.body.pageCount);
    expect(seen).toEqual(expected());
  });

  it("previousPage and currentPage read those pages; GET's expand replaces the request's", async () => {
    const first = await search({ ...request, expand: ["skills"] });
    expect(first.body.results[0]).toHaveProperty("skills");
    const second = await call<UsersSearchResponse>(
      server,
      "GET",
      `/api/v2/users/search?q64=${encodeURIComponent(first.body.nextPage!)}`,
    );
    expect(second.body.results[0]).toHaveProperty("skills");
    const back = await call<UsersSearchResponse>(
      server,
      "GET",
      `/api/v2/users/search?q64=${second.body.previousPage}&expand=languages`,
    );
    expect(back.body.results.map((u) => u.id)).toEqual(first.body.results.map((u) => u.id));
    expect(back.body.results[0]).toHaveProperty("languages");
    expect(back.body.results[0]).not.toHaveProperty("skills");
    const again = await call<UsersSearchResponse>(
      server,
      "GET",
      `/api/v2/users/search?q64=${second.body.currentPage}`,
    );
    expect(again.body).toEqual(second.body);
  });

  it("a page past the end is empty, its previousPage the last page", async () => {
    const { body } = await search({ ...request, pageNumber: 50 });
    expect(body.results).toEqual([]);
    expect(body.nextPage).toBeUndefined();
    const last = await call<UsersSearchResponse>(
      server,
      "GET",
      `/api/v2/users/search?q64=${body.previousPage}`,
    );
    expect(last.body.pageNumber).toBe(body.pageCount);
    expect(last.body.results.length).toBeGreaterThan(0);
  });
});

describe("400 naming the field", () => {
  it.each([
    [
      "an unknown type",
      { query: [{ type: "FUZZY", fields: ["name"], value: "a" }] },
      "/query/0/type",
    ],
    ["a value missing", { query: [{ type: "EXACT", fields: ["name"] }] }, "/query/0/value"],
    ["fields missing", { query: [{ type: "CONTAINS", value: "a" }] }, "/query/0/fields"],
    [
      "a field users do not have",
      { query: [{ type: "EXACT", fields: ["name", "nickname"], value: "a" }] },
      "/query/0/fields/1",
    ],
    [
      "a pattern that is not one",
      { query: [{ type: "REGEX", fields: ["name"], value: "(" }] },
      "/query/0/value",
    ],
    [
      "a range with no end",
      { query: [{ type: "RANGE", fields: ["version"] }] },
      "/query/0/startValue",
    ],
    [
      "a date that is not one",
      {
        query: [
          {
            type: "RANGE",
            fields: ["employerInfo.dateHire"],
            startValue: "soon",
            dateFormat: "yyyy-MM-dd",
          },
        ],
      },
      "/query/0/startValue",
    ],
    [
      "deep in a group",
      {
        query: [
          { type: "MATCH_ALL" },
          { type: "MATCH_ALL", group: [{ type: "MATCH_ALL" }, { type: "TERM", fields: ["name"] }] },
        ],
      },
      "/query/1/group/1/value",
    ],
    [
      "an operator not known",
      { query: [{ type: "MATCH_ALL", operator: "XOR" }] },
      "/query/0/operator",
    ],
    ["a sort field users do not have", { sort: [{ sortBy: "shoeSize" }] }, "/sort/0/sortBy"],
    ["pageSize 0", { pageSize: 0 }, "/pageSize"],
    ["an unknown property", { query: [], limit: 3 }, "/limit"],
  ])("%s", async (_title, body, field) => {
    const { status, body: error } = await call(server, "POST", "/api/v2/users/search", { body });
    expect(status).toBe(400);
    expect(error.details.map((d: { fieldName: string }) => d.fieldName)).toContain(field);
  });

  it.each([
    ["not base64", "!!!"],
    ["not JSON", "bm90IGpzb24"],
    ["not a search request", btoa(JSON.stringify({ query: [{ type: "EXACT" }] }))],
    ["a request the schema refuses", btoa(JSON.stringify({ pageSize: "ten" }))],
  ])("GET with a q64 that is %s", async (_title, token) => {
    const { status, body } = await call(
      server,
      "GET",
      `/api/v2/users/search?q64=${encodeURIComponent(token)}`,
    );
    expect(status).toBe(400);
    expect(body.details).toEqual([{ fieldName: "q64", errorCode: "invalid.value" }]);
  });
});

describe("the pure functions", () => {
  const user = { id: "u1", name: "Ada Lovelace", version: 3, email: "ada@example.com" } as User;

  it.each<[UserSearchCriteria, boolean]>([
    [{ type: "CONTAINS", fields: ["name"], value: "LOVE" }, true],
    [{ type: "TERM", fields: ["name"], value: "love" }, false],
    [{ type: "EXACT", fields: ["name", "email"], value: "ada@example.com" }, true],
    [{ type: "GREATER_THAN", fields: ["version"], value: "10" }, false],
    [{ type: "REQUIRED_FIELDS", fields: ["name", "title"] }, false],
    [
      {
        type: "MATCH_ALL",
        group: [{ type: "EXACT", operator: "NOT", fields: ["name"], value: "ada lovelace" }],
      },
      false,
    ],
  ])("matches(user, %j) is %s", (criterion, expected) => {
    expect(matches(user, criterion)).toBe(expected);
  });

  it("searchUsers pages by pageSize and pageNumber", () => {
    const users = ["c", "a", "b"].map(
      (name) => ({ id: name, name, version: 1, state: "active" }) as User,
    );
    expect(searchUsers(users, { pageSize: 2, pageNumber: 2 })).toMatchObject({
      total: 3,
      pageCount: 2,
      results: [{ id: "c" }],
    });
  });
});
