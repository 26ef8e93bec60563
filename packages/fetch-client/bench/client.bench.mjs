// Per-request overhead of users.get against raw fetch and bare openapi-fetch, on loopback.
// The server runs in a worker thread so that its work does not share the client's event loop.
// Usage: pnpm --filter @users-api/fetch-client bench   (needs a build: pnpm run build)
import { readFileSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import createClient from "openapi-fetch";
import { Bench } from "tinybench";
import { createUsersClient } from "../dist/index.js";

const USER_ID = "6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
// Calls of each task per round (about 0.3 ms each on loopback).
const CALLS = Number(process.env.BENCH_CALLS ?? 1500);
const body = readFileSync(new URL("../../../spec/examples/User/valid/full.json", import.meta.url));

const server = new Worker(
  `
  const { createServer } = require("node:http");
  const { parentPort, workerData } = require("node:worker_threads");
  const body = Buffer.from(workerData);
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": body.length, "inin-correlation-id": "bench" });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
  parentPort.on("message", () => server.close(() => process.exit(0)));
  `,
  { eval: true, workerData: body },
);
const port = await new Promise((resolve) => server.once("message", resolve));
const baseUrl = `http://127.0.0.1:${port}`;
const headers = { authorization: "Bearer bench-token", accept: "application/json" };

const bare = createClient({ baseUrl, headers });
// The same bare client once more: the A/A control, whose ratio to the first shows how far apart
// two identical contenders read in this run (the noise of every other ratio).
const bareAgain = createClient({ baseUrl, headers });
const users = createUsersClient({ baseUrl, accessToken: "bench-token" });
const getBare = (client) => () =>
  client.GET("/api/v2/users/{userId}", { params: { path: { userId: USER_ID } } });

const tasks = {
  "raw fetch": async () => {
    const response = await fetch(`${baseUrl}/api/v2/users/${USER_ID}`, { headers });
    await response.json();
  },
  // What Node's fetch itself charges for an AbortSignal, which a client needs for timeouts.
  "raw fetch + AbortSignal": async () => {
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/api/v2/users/${USER_ID}`, {
      headers,
      signal: controller.signal,
    });
    await response.json();
  },
  "bare openapi-fetch": getBare(bare),
  "bare openapi-fetch (A/A control)": getBare(bareAgain),
  "users.get": async () => {
    await users.users.get(USER_ID);
  },
};
const names = Object.keys(tasks);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Warm every path up (JIT, connection pool) before measuring anything.
for (const task of Object.values(tasks)) for (let i = 0; i < 2000; i++) await task();

/** The task indexes in a random order (Fisher-Yates). */
function shuffled() {
  const order = names.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * One round: the tasks take turns call by call, in a new random order each turn (so that every
 * contender meets the same machine at the same moments, after any other contender); gives each
 * task's median latency in ms.
 */
async function round() {
  const latencies = names.map(() => new Float64Array(CALLS));
  for (let call = 0; call < CALLS; call++) {
    for (const index of shuffled()) {
      const started = performance.now();
      await tasks[names[index]]();
      latencies[index][call] = performance.now() - started;
    }
  }
  return Object.fromEntries(names.map((name, index) => [name, median(latencies[index])]));
}

// Each round's ratios are paired against that round's raw fetch and bare openapi-fetch; the
// result is the median over the rounds.
const latencies = Object.fromEntries(names.map((name) => [name, []]));
const ratios = Object.fromEntries(names.map((name) => [name, []]));
const overBare = Object.fromEntries(names.map((name) => [name, []]));
for (let r = 0; r < ROUNDS; r++) {
  const p50 = await round();
  for (const name of names) {
    latencies[name].push(p50[name]);
    ratios[name].push(p50[name] / p50["raw fetch"]);
    overBare[name].push(p50[name] / p50["bare openapi-fetch"]);
  }
}

const rows = names.map((name) => ({
  task: name,
  "median µs": Math.round(median(latencies[name]) * 1000),
  "x raw fetch": Number(median(ratios[name]).toFixed(3)),
  "x bare openapi-fetch": Number(median(overBare[name]).toFixed(3)),
}));
console.table(rows);
const ratio = median(ratios["users.get"]);
console.log(
  `users.get is ${ratio.toFixed(2)}x raw fetch (target <= 1.10x): ${ratio <= 1.1 ? "met" : "NOT met"}`,
);
// Every users.* call goes through openapi-fetch: this is what auth, retry and timeout cost on top.
const bareRatio = median(overBare["users.get"]);
const control = median(overBare["bare openapi-fetch (A/A control)"]);
console.log(
  `users.get is ${bareRatio.toFixed(3)}x bare openapi-fetch in the same run (target <= 1.05x): ${
    bareRatio <= 1.05 ? "met" : "NOT met"
  }; the A/A control reads ${control.toFixed(3)}x`,
);

// The client's own CPU cost per call, without the network's noise: the same calls against an
// in-memory fetch that answers at once.
const memoryHeaders = { "content-type": "application/json", "content-length": String(body.length) };
const inMemoryFetch = async () => new Response(body, { headers: memoryHeaders });
const inMemoryUsers = createUsersClient({
  baseUrl,
  accessToken: "bench-token",
  fetch: inMemoryFetch,
});
const cpu = new Bench({ time: 1000, warmupTime: 200 });
cpu.add("in-memory fetch + json", async () => {
  await (await inMemoryFetch(`${baseUrl}/api/v2/users/${USER_ID}`, { headers })).json();
});
cpu.add("users.get over in-memory fetch", () => inMemoryUsers.users.get(USER_ID));
await cpu.run();
const [cpuBase, cpuUsers] = cpu.tasks.map((task) => task.result.latency.p50);
const overheadMicros = Number(((cpuUsers - cpuBase) * 1000).toFixed(1));
console.log(`client CPU overhead of users.get: ${overheadMicros} µs per call (in-memory fetch)`);

writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify(
    {
      node: process.version,
      rounds: ROUNDS,
      callsPerTaskPerRound: CALLS,
      payloadBytes: body.length,
      results: rows,
      usersGetOverBareOpenapiFetch: Number(bareRatio.toFixed(3)),
      controlOverBareOpenapiFetch: Number(control.toFixed(3)),
      usersGetOverheadMicros: overheadMicros,
    },
    null,
    2,
  )}\n`,
);
server.postMessage("close");
