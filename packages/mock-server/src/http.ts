import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AuthOptions } from "./auth.js";
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
}

export interface MockServer {
  /** The server's origin, such as `http://127.0.0.1:4010`: use it as the client's `baseUrl`. */
  url: string;
  /** The in-memory users the server serves; read or change them directly in tests. */
  store: UserStore;
  /** Replaces the fault settings while the server runs. */
  setFaults(faults: FaultOptions): void;
  /** Makes every token issued by `POST /oauth/token` so far invalid. */
  revokeIssuedTokens(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Bodies larger than this are refused with 413; users are a few KB at most. */
const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function serve(handler: RequestHandler, req: IncomingMessage, res: ServerResponse) {
  const body = await readBody(req);
  const response =
    body === undefined
      ? {
          status: 413,
          headers: { "content-type": "application/json; charset=utf-8" },
          body: {
            message: "The request body is too large.",
            code: "request.too.large",
            status: 413,
          },
        }
      : await handler.handle({
          method: req.method ?? "GET",
          url: req.url ?? "/",
          headers: req.headers,
          body,
        });
  const payload = response.body === undefined ? undefined : JSON.stringify(response.body);
  res.writeHead(response.status, {
    ...response.headers,
    ...(payload === undefined ? {} : { "content-length": Buffer.byteLength(payload) }),
  });
  res.end(payload);
}

/** Starts the mock Users API on node:http. Resolves once it listens. */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const handler = createRequestHandler({
    seed: options.seed ?? 0,
    ...(options.store ? { store: options.store } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.validators ? { validators: options.validators } : {}),
  });
  const server = createServer((req, res) => {
    serve(handler, req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
