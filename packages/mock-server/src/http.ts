import { randomUUID } from "node:crypto";
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { Detail } from "@users-api/types";
import type { AuthOptions, IssuedToken } from "./auth.js";
import { errorBody, type MockResponse } from "./errors.js";
import { joinPieces, jsonPieces, type JsonPiece } from "./json-text.js";
import type { FaultOptions } from "./faults.js";
import { createRequestHandler, type RequestHandler } from "./routes/handler.js";
import type { UserStore } from "./store.js";
import type { RequestValidators } from "./validation.js";

export interface MockServerOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** The interface to bind. Default 127.0.0.1. */
  host?: string;
  /** How many deterministic users to pre-create. Default 0. */
  seed?: number;
  /** Fault injection for resilience tests. */
  faults?: FaultOptions;
  /** Accepted tokens and OAuth clients. Default: any bearer token, any client. */
  auth?: AuthOptions;
  /** Serve this store instead of a new seeded one. */
  store?: UserStore;
  /** Request validators. Default: `@users-api/validators`. */
  validators?: RequestValidators;
  /**
   * Refuse read-only properties in request bodies (400 `read.only.field`) instead of ignoring
   * them as the real API does. Default false.
   */
  strict?: boolean;
}

export interface MockServer {
  /** The server's origin, such as `http://127.0.0.1:4010`: use it as the client's `baseUrl`. */
  url: string;
  /** The in-memory users the server serves; read or change them directly in tests. */
  store: UserStore;
  /** Replaces the fault settings while the server runs. */
  setFaults(faults: FaultOptions): void;
  /** Makes every token issued by `POST /oauth/token` (or `issueUserToken`) so far invalid. */
  revokeIssuedTokens(): void;
  /**
   * Issues an access token bound to a user: `GET /api/v2/users/me` answers for that user
   * (other tokens act for `store.me()`). It expires and is revoked like issued tokens.
   */
  issueUserToken(userId: string): IssuedToken;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Bodies larger than this are refused with 413; users are a few KB at most. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A body over {@link MAX_BODY_BYTES} is still read, and dropped, up to this size, and the 413
 * sent once it has all arrived: answering and closing while the client still sends resets the
 * connection, and the client loses the answer. Past this size the 413 is sent, then the
 * connection dropped (the client may not see the answer then).
 */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/** The base the request handler resolves request targets against. */
const TARGET_BASE = "http://mock.invalid";

const JSON_TYPE = "application/json; charset=utf-8";

type BodyOutcome = { read: true; text: string } | { read: false; drained: boolean };

/** The request body; over the limit, how much of it was read (and dropped). */
function readBody(request: IncomingMessage): Promise<BodyOutcome> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
      request.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAINED_BYTES) {
        settle();
        request.pause();
        resolve({ read: false, drained: false });
      } else if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      settle();
      resolve(
        size > MAX_BODY_BYTES
          ? { read: false, drained: true }
          : { read: true, text: Buffer.concat(chunks).toString("utf8") },
      );
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onClose = () => onError(new Error("The client closed the request before its end."));
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
    request.on("close", onClose);
  });
}

/** Whether the handler can resolve a request target (`//[` or `http://[::1` it cannot). */
const parsableTarget = (target: string): boolean => URL.canParse(target, TARGET_BASE);

/**
 * An `ErrorBody` answer made here rather than by the handler, with what the handler's carry:
 * CORS headers, an `inin-correlation-id` (the given one, else a new one) and its `contextId`.
 */
function transportError(
  status: number,
  code: string,
  message: string,
  options: { details?: Detail[]; correlationId?: string | undefined } = {},
): MockResponse {
  const contextId = options.correlationId ?? randomUUID();
  return {
    status,
    headers: {
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "inin-correlation-id, retry-after",
      "inin-correlation-id": contextId,
    },
    body: { ...errorBody(status, code, message, options.details), contextId },
  };
}

const tooLarge = (): MockResponse =>
  transportError(
    413,
    "request.too.large",
    `The request body is too large: at most ${MAX_BODY_BYTES} bytes.`,
  );

const badTarget = (target: string): MockResponse =>
  transportError(
    400,
    "bad.request",
    `The request target ${JSON.stringify(target.slice(0, 200))} is not a valid URL.`,
    { details: [{ fieldName: "url", errorCode: "bad.request" }] }, // as the handler's own guard
  );

const internalError = (error: unknown, correlationId?: string): MockResponse =>
  transportError(
    500,
    "internal.server.error",
    `The mock server failed: ${error instanceof Error ? error.message : String(error)}`,
    { correlationId },
  );

/** A response body as JSON text, in pieces; throws when the body is not serializable. */
const encode = (response: MockResponse): readonly JsonPiece[] | undefined =>
  response.json ?? (response.body === undefined ? undefined : jsonPieces(response.body));

/** A piece as node:http takes it: users' cached views as the bytes they were encoded to once. */
const wire = (piece: JsonPiece): string | Uint8Array =>
  typeof piece === "string" ? piece : piece.bytes;

function send(
  res: ServerResponse,
  response: MockResponse,
  payload: readonly JsonPiece[] | undefined,
  close = false,
): void {
  const headers: Record<string, string | number> = { ...response.headers };
  if (payload !== undefined) {
    headers["content-type"] ??= JSON_TYPE;
    let length = 0;
    for (const piece of payload) {
      length += typeof piece === "string" ? Buffer.byteLength(piece) : piece.bytes.length;
    }
    headers["content-length"] = length;
  }
  if (close) headers["connection"] = "close";
  res.writeHead(response.status, headers);
  if (payload === undefined || payload.length <= 1) {
    res.end(payload?.[0] === undefined ? undefined : wire(payload[0]));
    return;
  }
  // Strings, encoded by node:http straight into the socket, and cached bytes: no Buffer copy
  // of the whole body.
  res.cork();
  for (const piece of payload) res.write(wire(piece));
  res.end();
  res.uncork();
}

/**
 * Hands out turns of the event loop, one request per turn, in arrival order. A busy server
 * that served all the ready requests of a turn in that turn accepted about one new connection
 * per turn: of 50 connections opened at once, the last waited 5 s for its first answer. With
 * one request per turn node:http accepts and reads between requests (the last waited 1.6 s,
 * for the same throughput and CPU per request).
 */
function createTurns(): () => Promise<void> {
  let waiting: (() => void)[] = [];
  let next = 0;
  let scheduled = false;
  const run = () => {
    const start = waiting[next];
    next += 1;
    if (next < waiting.length) {
      // A server kept busy never drains the list: drop the turns handed out, now and then.
      if (next >= 1024 && next * 2 >= waiting.length) {
        waiting = waiting.slice(next);
        next = 0;
      }
      setImmediate(run);
    } else {
      waiting = [];
      next = 0;
      scheduled = false;
    }
    start?.();
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(run);
      }
    });
}

async function serve(
  handler: RequestHandler,
  turn: () => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const body = await readBody(req);
  if (!body.read) {
    const response = tooLarge();
    if (!body.drained) res.once("finish", () => req.socket.destroy());
    send(res, response, encode(response), !body.drained);
    return;
  }
  const url = req.url ?? "/";
  // The handler resolves the target with `new URL`, which throws on some that node:http
  // lets through: answer those here, as every request must be answered.
  if (!parsableTarget(url)) {
    const response = badTarget(url);
    send(res, response, encode(response));
    return;
  }
  await turn();
  let response = await handler.handle({
    method: req.method ?? "GET",
    url,
    headers: req.headers,
    body: body.text,
  });
  let payload: readonly JsonPiece[] | undefined;
  try {
    payload = encode(response);
  } catch (error) {
    // A stored value JSON cannot represent: a 500 that keeps the request's correlation id.
    response = internalError(error, response.headers["inin-correlation-id"]);
    payload = encode(response);
  }
  send(res, response, payload);
}

/** A failure of the handler as a 500 `ErrorBody`, while the response can still be sent. */
function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (res.headersSent || res.destroyed || req.socket.destroyed) {
    res.destroy();
    return;
  }
  const response = internalError(error);
  send(res, response, encode(response));
}

/**
 * What node:http cannot parse as a request (a malformed request line or header, headers too
 * large) is answered with an `ErrorBody` too, written to the socket as node:http has no
 * response object for it.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const pending = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || pending?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, code] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "request.header.fields.too.large"]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "request.timeout"]
        : [400, "bad.request"];
  const response = transportError(
    status,
    code,
    `The request is not valid HTTP/1.1: ${error.message}`,
  );
  const payload = joinPieces(encode(response) ?? []);
  const headers = Object.entries({
    ...response.headers,
    "content-type": JSON_TYPE,
    "content-length": String(Buffer.byteLength(payload)),
    connection: "close",
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers.join("")}\r\n${payload}`);
}

/** Starts the mock Users API on node:http. Resolves once it listens. */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const handler = createRequestHandler({
    seed: options.seed ?? 0,
    ...(options.store ? { store: options.store } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.validators ? { validators: options.validators } : {}),
    ...(options.strict !== undefined ? { strict: options.strict } : {}),
  });
  const turn = createTurns();
  const server = createServer((req, res) => {
    serve(handler, turn, req, res).catch((error: unknown) => {
      try {
        fail(req, res, error);
      } catch {
        res.destroy();
      }
    });
  });
  server.on("clientError", answerClientError);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    store: handler.store,
    setFaults: (faults) => handler.setFaults(faults),
    revokeIssuedTokens: () => handler.revokeIssuedTokens(),
    issueUserToken: (userId) => handler.issueUserToken(userId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
