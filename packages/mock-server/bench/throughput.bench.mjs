// Throughput of the mock server as a test suite's backend: GET /api/v2/users?pageSize=100 with
// every expand value, 50 connections, against a bare node:http server answering the same bytes
// (fetched once from the mock). Each server runs alone in a child process, autocannon in this
// one; both in the same run, so that the ratio mock/bare travels between machines. The servers'
// own CPU time per request is measured too: unlike req/s and latency, it hardly depends on what
// else the machine runs.
// Usage: pnpm --filter @users-api/mock-server bench   (needs a build: pnpm run build)
//   BENCH_DURATION=5 BENCH_CONNECTIONS=50 BENCH_SEED=200   (seconds, connections, users)
//   MOCK_SERVER_DIST=/path/to/dist   measure another build (e.g. an older one) instead
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath, pathToFileURL } from "node:url";

const TOKEN = "bench-token";

if (process.argv[2] === "serve") {
  // A server: "mock" = the built mock server, seeded; "bare" = node:http sending fixed bytes.
  const { kind, dist, seed, body } = await new Promise((resolve) =>
    process.once("message", resolve),
  );
  let close;
  let port;
  if (kind === "mock") {
    const { createMockServer } = await import(pathToFileURL(`${dist}/index.js`).href);
    const server = await createMockServer({ seed });
    port = Number(new URL(server.url).port);
    close = () => server.close();
  } else {
    const bytes = Buffer.from(body);
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "content-length": bytes.length,
        });
        res.end(bytes);
      });
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = server.address().port;
    close = () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
  }
  process.send({ port });
  let since;
  process.on("message", async (message) => {
    if (message === "mark") {
      since = process.cpuUsage();
      process.send({ marked: true });
    } else if (message === "close") {
      const { user, system } = process.cpuUsage(since);
      await close();
      process.send({ cpuMs: (user + system) / 1000 }, () => process.exit(0));
    }
  });
} else {
  const { default: autocannon } = await import("autocannon");
  const { default: spec } = await import("@users-api/spec");
  const DURATION = Number(process.env.BENCH_DURATION ?? 5);
  const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const SEED = Number(process.env.BENCH_SEED ?? 200);
  const WARMUP = 1;
  const dist = process.env.MOCK_SERVER_DIST ?? new URL("../dist", import.meta.url).pathname;
  const expand = spec.components.schemas.UserExpand.enum;
  const path = `/api/v2/users?pageSize=100&expand=${expand.join(",")}`;
  const headers = { authorization: `Bearer ${TOKEN}`, accept: "application/json" };

  const start = async (data) => {
    const child = fork(fileURLToPath(import.meta.url), ["serve"], { stdio: "inherit" });
    const reply = () =>
      new Promise((resolve, reject) => {
        child.once("message", resolve);
        child.once("exit", (code) => reject(new Error(`the ${data.kind} server exited (${code})`)));
      });
    const ready = reply();
    child.send(data);
    const { port } = await ready;
    return {
      url: `http://127.0.0.1:${port}`,
      /** Starts counting the server's CPU time. */
      mark: async () => {
        const marked = reply();
        child.send("mark");
        await marked;
      },
      /** Stops the server; its CPU time since mark(), in ms. */
      stop: async () => {
        const stopped = reply();
        child.send("close");
        return (await stopped).cpuMs;
      },
    };
  };

  const load = (url, duration) =>
    autocannon({ url: `${url}${path}`, headers, connections: CONNECTIONS, duration });

  /** Warm up (JIT, sockets), then measure; any non-2xx or error fails the bench. */
  const measure = async (name, server) => {
    await load(server.url, WARMUP);
    await server.mark();
    const result = await load(server.url, DURATION);
    const cpuMs = await server.stop();
    if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
      throw new Error(
        `${name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
      );
    }
    return {
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      requests: result.requests.total,
      serverCpuMsPerRequest: Number((cpuMs / result.requests.total).toFixed(2)),
    };
  };

  const mock = await start({ kind: "mock", dist, seed: SEED });
  const response = await fetch(`${mock.url}${path}`, { headers });
  if (response.status !== 200) throw new Error(`mock answered ${response.status}`);
  const body = await response.text();
  const entities = JSON.parse(body).entities.length;
  if (entities !== Math.min(100, SEED)) throw new Error(`mock listed ${entities} users`);
  const mockResult = await measure("mock", mock);
  const bare = await start({ kind: "bare", body });
  const bareResult = await measure("bare", bare);

  const ratio = mockResult.requestsPerSecond / bareResult.requestsPerSecond;
  const results = {
    node: process.version,
    request: `GET /api/v2/users?pageSize=100&expand=<all ${expand.length} values>`,
    seed: SEED,
    payloadBytes: Buffer.byteLength(body),
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    mock: mockResult,
    bare: bareResult,
    ratio: Number(ratio.toFixed(3)),
    cpuRatio: Number(
      (mockResult.serverCpuMsPerRequest / bareResult.serverCpuMsPerRequest).toFixed(2),
    ),
  };
  console.table({ mock: mockResult, bare: bareResult });
  console.log(
    `mock/bare throughput: ${ratio.toFixed(2)} (goal >= 0.5): ${ratio >= 0.5 ? "met" : "NOT met"}`,
  );
  writeFileSync(
    new URL("./results.json", import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}
