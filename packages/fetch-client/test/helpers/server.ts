// A scripted HTTP server on 127.0.0.1 for the client's tests: each route answers with a list of
// replies in order (the last one repeats) and every request is recorded.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  /** The path without the query. */
  path: string;
  query: URLSearchParams;
  /** The raw query string, without `?`. */
  search: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `Date.now()` when the request arrived. */
  at: number;
}

export type Reply =
  | {
      status?: number;
      headers?: Record<string, string>;
      /** Sent as JSON with `content-type: application/json`. */
      json?: unknown;
      /** Sent as is. */
      body?: string;
      /** Wait this long before answering. */
      delayMs?: number;
    }
  /** Close the connection without answering. */
  | { destroy: true }
  /** Never answer. */
  | { hang: true }
  /** Send the status line, headers and `first` bytes of a body, then nothing more. */
  | { stall: { headers: Record<string, string>; first: string } };

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** The requests to one route (path without query). */
  requestsTo(method: string, path: string): RecordedRequest[];
  /**
   * Resolves with the requests to one route once there are at least `count` of them: a test
   * that must act while a request is in flight waits for it here, not for a while.
   */
  waitForRequests(method: string, path: string, count: number): Promise<RecordedRequest[]>;
  /** Scripts a route. Replies (or handlers) are used in order; the last one repeats. */
  route(method: string, path: string, ...replies: (Reply | Handler)[]): void;
  close(): Promise<void>;
}

const running = new Set<TestServer>();

/** Closes every server a test started (test/setup.ts calls it after each test). */
export async function closeServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.close()));
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, { replies: (Reply | Handler)[]; count: number }>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  // Checked after each request arrives; each returns true once it is done.
  const waiting = new Set<() => boolean>();

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      search: url.search.slice(1),
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      at: Date.now(),
    };
    requests.push(recorded);
    for (const check of waiting) if (check()) waiting.delete(check);

    const route = routes.get(`${recorded.method} ${recorded.path}`);
    let reply: Reply;
    if (!route) {
      reply = {
        status: 404,
        json: { message: "No such route in the test server", code: "not.found" },
      };
    } else {
      const index = route.count++;
      const step = route.replies[Math.min(index, route.replies.length - 1)]!;
      reply = typeof step === "function" ? await step(recorded, index) : step;
    }

    if ("destroy" in reply) return void req.socket.destroy();
    if ("hang" in reply) return;
    if ("stall" in reply) {
      res.writeHead(200, reply.stall.headers);
      res.write(reply.stall.first);
      return;
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    const headers: Record<string, string> = { ...reply.headers };
    let body = reply.body ?? "";
    if (reply.json !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(reply.json);
    }
    res.writeHead(reply.status ?? 200, headers);
    res.end(body);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const testServer: TestServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (method, path) => requests.filter((r) => r.method === method && r.path === path),
    waitForRequests(method, path, count) {
      return new Promise((resolve) => {
        const check = () => {
          const matching = testServer.requestsTo(method, path);
          if (matching.length < count) return false;
          resolve(matching);
          return true;
        };
        if (!check()) waiting.add(check);
      });
    },
    route(method, path, ...replies) {
      routes.set(`${method} ${path}`, { replies, count: 0 });
    },
    async close() {
      running.delete(testServer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  running.add(testServer);
  return testServer;
}

/** A URL on 127.0.0.1 where nothing listens (connections are refused). */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
