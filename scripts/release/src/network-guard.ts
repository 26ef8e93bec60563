import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A proxy on 127.0.0.1 that refuses everything and records what was asked of it. npm and pnpm
 * started with `env` send every request for a host other than 127.0.0.1 through it, so a request
 * that would leave the machine fails (fast) and shows up in `takeAttempts()` instead.
 */
export interface NetworkGuard {
  /** Proxy settings for npm/pnpm child processes (they override any .npmrc and the user's env). */
  env: Record<string, string>;
  /** The hosts (`host:port`) or URLs asked for since the last call, oldest first; then forgets them. */
  takeAttempts(): string[];
  close(): Promise<void>;
}

const LOOPBACK = "127.0.0.1";

export async function startNetworkGuard(): Promise<NetworkGuard> {
  const attempts: string[] = [];
  const server = createServer((request, response) => {
    // A plain-HTTP request through a proxy names the absolute URL.
    attempts.push(request.url ?? "");
    response.writeHead(403, { connection: "close" }).end("only 127.0.0.1 is allowed in tests\n");
  });
  server.on("connect", (request, socket) => {
    // HTTPS goes through CONNECT host:port.
    attempts.push(request.url ?? "");
    socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => resolve());
  });
  const proxy = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;
  return {
    env: {
      HTTP_PROXY: proxy,
      HTTPS_PROXY: proxy,
      NO_PROXY: LOOPBACK,
      npm_config_proxy: proxy,
      npm_config_https_proxy: proxy,
      npm_config_noproxy: LOOPBACK,
      // A refused request is retried; keep the failure quick.
      npm_config_fetch_retry_mintimeout: "100",
      npm_config_fetch_retry_maxtimeout: "1000",
      // pnpm would ask a registry for its own newest version.
      npm_config_update_notifier: "false",
    },
    takeAttempts: () => attempts.splice(0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
