import type { OperationEntry } from "@users-api/spec/operations";
import { TokenAuthority, type AuthOptions, type IssuedToken } from "../auth.js";
import { invalidBodyResponse } from "../body-errors.js";
import { badRequest, errorResponse, notFound, type MockResponse } from "../errors.js";
import { FaultInjector, type FaultOptions } from "../faults.js";
import { handleTokenRequest } from "../oauth.js";
import { createPrng } from "../prng.js";
import { createQueryParser, type QueryOutcome } from "../query.js";
import { headerReader, type MockRequest } from "../request.js";
import { UserStore } from "../store.js";
import { exampleOf } from "../examples.js";
import { jsonResponse } from "../json-answer.js";
import { checkJsonDepth } from "../json-limits.js";
import { stripReadOnly } from "../read-only.js";
import { specOperations } from "../spec.js";
import {
  defaultValidators,
  validatorFor,
  type RequestValidators,
  type Validate,
} from "../validation.js";
import { statefulHandlers, type StatefulHandler } from "./users.js";

export interface RequestHandlerOptions {
  /** The store to serve. Default: a new store seeded with `seed` users. */
  store?: UserStore;
  /** How many deterministic users a new store starts with. Default 0. */
  seed?: number;
  faults?: FaultOptions;
  auth?: AuthOptions;
  /** The request validators. Default: those of `@users-api/validators`. */
  validators?: RequestValidators;
  /**
   * Refuse read-only properties in request bodies (400 `read.only.field`) instead of ignoring
   * them as the real API does. Default false.
   */
  strict?: boolean;
  /** The operations to serve. Default: every operation of the spec's operation table. */
  operations?: readonly OperationEntry[];
}

/** The framework-free core: a request in, a response out. Transports wrap it. */
export interface RequestHandler {
  readonly store: UserStore;
  /** Serves any request: the API, `POST /oauth/token`, CORS preflights, unknown paths. */
  handle(request: MockRequest): Promise<MockResponse>;
  /** Serves a token request whatever its path (for a login host mounted elsewhere). */
  handleTokenRequest(request: MockRequest): Promise<MockResponse>;
  /** Replaces the fault settings (and restarts their request count). */
  setFaults(faults: FaultOptions): void;
  /** Makes every token issued so far invalid, as if it had expired. */
  revokeIssuedTokens(): void;
  /**
   * Issues an access token bound to a user (as a person's login would): `GET /api/v2/users/me`
   * answers for that user. It expires and is revoked like the tokens of `POST /oauth/token`.
   */
  issueUserToken(userId: string): IssuedToken;
}

interface Bound {
  operation: OperationEntry;
  parseQuery: (search: URLSearchParams) => QueryOutcome;
  /** The request body's schema and its validator, when the operation takes a body. */
  body?: { schema: string; mediaTypes: readonly string[]; validate: Validate<unknown> };
  serve: StatefulHandler;
}

interface Route {
  pattern: RegExp;
  paramNames: string[];
  /** Literal segments before parameters sort first: `/users/me` before `/users/{userId}`. */
  rank: string;
  operations: Map<string, Bound>;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The generic spec-driven handler: answers with the operation's first success response, its
 * example or a value built from its schema.
 */
export function genericHandler(operation: OperationEntry): StatefulHandler {
  const success = Object.entries(operation.responses).find(([status]) => /^2\d\d$/.test(status));
  if (!success) {
    throw new Error(`${operation.operationId} has no success response the mock could serve`);
  }
  const [status, response] = success;
  const body =
    response.example !== undefined
      ? response.example
      : response.schema !== undefined
        ? exampleOf(response.schema)
        : undefined;
  return () => ({
    status: Number(status),
    headers: {},
    ...(body === undefined ? {} : { body: structuredClone(body) }),
  });
}

function bind(operation: OperationEntry, validators: RequestValidators): Bound {
  const stateful = (statefulHandlers as Partial<Record<string, StatefulHandler>>)[
    operation.operationId
  ];
  const content = operation.requestBody?.content ?? [];
  const [first] = content;
  if (first && content.some((c) => c.schema !== first.schema)) {
    throw new Error(`${operation.operationId}: one body schema for every media type is supported`);
  }
  return {
    operation,
    parseQuery: createQueryParser(operation, validators),
    ...(first && {
      body: {
        schema: first.schema,
        mediaTypes: content.map((c) => c.mediaType),
        validate: validatorFor(validators, first.schema),
      },
    }),
    serve: stateful ?? genericHandler(operation),
  };
}

function buildRoutes(
  operations: readonly OperationEntry[],
  validators: RequestValidators,
): Route[] {
  const routes = new Map<string, Route>();
  for (const operation of operations) {
    let route = routes.get(operation.path);
    if (!route) {
      const paramNames: string[] = [];
      const source = operation.path
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegExp(part);
          paramNames.push(name);
          return "([^/]+)";
        })
        .join("");
      const rank = operation.path
        .split("/")
        .map((segment) => (segment.startsWith("{") ? "1" : "0"))
        .join("");
      route = { pattern: new RegExp(`^${source}$`), paramNames, rank, operations: new Map() };
      routes.set(operation.path, route);
    }
    route.operations.set(operation.method, bind(operation, validators));
  }
  return [...routes.values()].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
}

function parseBody(
  bound: Bound,
  request: MockRequest,
  strict: boolean,
): { ok: true; value: unknown } | { ok: false; response: MockResponse } {
  const body = bound.body;
  if (body === undefined) return { ok: true, value: undefined };
  const schema = body.schema;
  const contentType = headerReader(request.headers)("content-type");
  const raw = request.body ?? "";
  if (contentType === undefined && raw.trim() === "") {
    return {
      ok: false,
      response: badRequest(`A ${schema} JSON body is required.`, [
        { fieldName: "/", errorCode: "missing.value" },
      ]),
    };
  }
  if (!JSON_TYPE.test(contentType ?? "")) {
    return {
      ok: false,
      response: errorResponse(
        415,
        "unsupported.media.type",
        `The body must be ${body.mediaTypes.join(" or ")}, not ${contentType ?? "untyped"}.`,
      ),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return {
      ok: false,
      response: badRequest(`The request body is not valid JSON: ${(error as Error).message}`, [
        { fieldName: "/", errorCode: "bad.request" },
      ]),
    };
  }
  // Bounded before anything recursive walks it (stripping, validation, storing, reading back).
  const depth = checkJsonDepth(value);
  if (!depth.ok) {
    return {
      ok: false,
      response: badRequest(depth.message, [
        { fieldName: depth.path === "" ? "/" : depth.path, errorCode: "invalid.value" },
      ]),
    };
  }
  // The real API ignores read-only properties (the vendor's SDKs send them back).
  if (!strict) stripReadOnly(schema, value);
  const result = body.validate(value);
  if (!result.ok) {
    return {
      ok: false,
      response: invalidBodyResponse(schema, value, result.issues, result.moreIssues),
    };
  }
  return { ok: true, value: result.value };
}

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "inin-correlation-id, retry-after",
};

export function createRequestHandler(options: RequestHandlerOptions = {}): RequestHandler {
  const store = options.store ?? new UserStore({ seed: options.seed ?? 0 });
  const validators = options.validators ?? defaultValidators;
  const strict = options.strict ?? false;
  const operations = options.operations ?? specOperations;
  const routes = buildRoutes(operations, validators);
  const allowMethods = [...new Set([...operations.map((op) => op.method), "OPTIONS"])].join(", ");
  const faults = new FaultInjector(options.faults);
  const authority = new TokenAuthority(options.auth);
  const correlationIds = createPrng(0xc0441d);

  /** Adds the headers every response carries, and the correlation id to error bodies. */
  const finish = (response: MockResponse): MockResponse => {
    const correlationId = correlationIds.uuid();
    const headers: Record<string, string> = {
      ...CORS_HEADERS,
      ...response.headers,
      "inin-correlation-id": correlationId,
    };
    if (response.json !== undefined && response.status < 400) {
      headers["content-type"] = "application/json; charset=utf-8";
      return jsonResponse(response.status, headers, response.json);
    }
    let body = response.body;
    if (body !== undefined) headers["content-type"] = "application/json; charset=utf-8";
    if (response.status >= 400 && body !== null && typeof body === "object" && "code" in body) {
      body = { ...body, contextId: correlationId };
    }
    return { status: response.status, headers, ...(body === undefined ? {} : { body }) };
  };

  const serveApi = async (request: MockRequest, url: URL, method: string) => {
    const fault = await faults.before();
    if (fault) return fault;
    let path: string;
    try {
      path = decodeURI(url.pathname);
    } catch {
      return notFound(`No resource at ${url.pathname}.`);
    }
    for (const route of routes) {
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const entry = route.operations.get(method);
      if (!entry) {
        const allow = [...route.operations.keys()].join(", ");
        return errorResponse(
          405,
          "method.not.allowed",
          `${method} is not allowed on ${path}; use ${allow}.`,
          {
            headers: { allow },
          },
        );
      }
      const authenticated = authority.authenticate(headerReader(request.headers)("authorization"));
      if ("denied" in authenticated) return authenticated.denied;
      const query = entry.parseQuery(url.searchParams);
      if (!query.ok) return query.response;
      const body = parseBody(entry, request, strict);
      if (!body.ok) return body.response;
      const params: Record<string, string> = {};
      route.paramNames.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1] ?? "");
      });
      return entry.serve({
        store,
        params,
        query: query.values,
        given: query.given,
        body: body.value,
        caller: authenticated.caller,
      });
    }
    return notFound(`No resource at ${method} ${path}.`);
  };

  const serveToken = async (request: MockRequest) => finish(handleTokenRequest(request, authority));

  return {
    store,
    async handle(request) {
      let url: URL;
      try {
        url = new URL(request.url, "http://mock.invalid");
      } catch {
        return finish(
          badRequest("The request target is not a valid URL.", [
            { fieldName: "url", errorCode: "bad.request" },
          ]),
        );
      }
      const method = request.method.toUpperCase();
      if (method === "OPTIONS") {
        return finish({
          status: 204,
          headers: {
            "access-control-allow-methods": allowMethods,
            "access-control-allow-headers": "authorization, content-type, inin-correlation-id",
            "access-control-max-age": "600",
          },
        });
      }
      if (url.pathname === "/oauth/token") return serveToken(request);
      try {
        return finish(await serveApi(request, url, method));
      } catch (error) {
        return finish(
          errorResponse(
            500,
            "internal.server.error",
            `The mock server failed: ${(error as Error).message}`,
          ),
        );
      }
    },
    handleTokenRequest: serveToken,
    setFaults(next) {
      faults.set(next);
    },
    revokeIssuedTokens() {
      authority.revokeIssuedTokens();
    },
    issueUserToken(userId) {
      return authority.issueUserToken(userId);
    },
  };
}
