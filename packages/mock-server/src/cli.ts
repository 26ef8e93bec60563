#!/usr/bin/env node
import { parseArgs } from "node:util";
import type { FaultOptions } from "./faults.js";
import { createMockServer } from "./http.js";

const HELP = `Usage: users-api-mock [options]

Serves the Users API from memory, for tests and demos.

Options:
  --port <n>              Port to listen on; 0 picks a free one (default 4010)
  --host <host>           Interface to bind (default 127.0.0.1)
  --seed <n>              Deterministic users to pre-create (default 25)
  --token <token>         Accept only this bearer token (repeatable; default: any token)
  --client <id:secret>    Accept only this OAuth client at POST /oauth/token (repeatable)
  --rate-limit-every <n>  Answer every nth API request 429 with Retry-After
  --retry-after <s>       Retry-After seconds of injected 429/503 answers (default 1)
  --error-rate <0..1>     Share of API requests answered 503
  --latency <ms>          Delay every API answer
  --strict                Refuse read-only properties in request bodies (default: ignore them)
  -h, --help              Show this help
`;

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed) || parsed < 0) {
    throw new Error(`--${name} must be a number >= 0, not "${value}"`);
  }
  return parsed;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string", default: "25" },
      token: { type: "string", multiple: true },
      client: { type: "string", multiple: true },
      "rate-limit-every": { type: "string" },
      "retry-after": { type: "string" },
      "error-rate": { type: "string" },
      latency: { type: "string" },
      strict: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const faults: FaultOptions = {};
  const rateLimitEvery = number("rate-limit-every", values["rate-limit-every"]);
  const retryAfterSeconds = number("retry-after", values["retry-after"]);
  const errorRate = number("error-rate", values["error-rate"]);
  const latencyMs = number("latency", values.latency);
  if (rateLimitEvery !== undefined) faults.rateLimitEvery = rateLimitEvery;
  if (retryAfterSeconds !== undefined) faults.retryAfterSeconds = retryAfterSeconds;
  if (errorRate !== undefined) faults.errorRate = errorRate;
  if (latencyMs !== undefined) faults.latencyMs = latencyMs;

  const clients = (values.client ?? []).map((pair) => {
    const colon = pair.indexOf(":");
    if (colon < 1) throw new Error(`--client must be id:secret, not "${pair}"`);
    return { clientId: pair.slice(0, colon), clientSecret: pair.slice(colon + 1) };
  });
  const seed = number("seed", values.seed) ?? 25;
  const server = await createMockServer({
    port: number("port", values.port) ?? 4010,
    host: values.host,
    seed,
    faults,
    strict: values.strict,
    auth: {
      ...(values.token ? { accessTokens: values.token } : {}),
      ...(clients.length > 0 ? { clients } : {}),
    },
  });
  // Stopping is the normal end of a server: exit 0, so that `pnpm start` reports no failure.
  // Under pnpm a Ctrl-C arrives twice (from the terminal and forwarded by pnpm), maybe followed
  // by a SIGTERM: the first signal closes the server, the others must not kill the process.
  // Installed before the ready line below: whoever waits for it may signal at once.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stop);
  const token = values.token?.[0] ?? "any-token";
  process.stdout.write(
    [
      `Users API mock server listening on ${server.url} (${seed} seeded users)`,
      `Try: curl -H "Authorization: Bearer ${token}" "${server.url}/api/v2/users?pageSize=5"`,
      `OAuth: POST ${server.url}/oauth/token (grant_type=client_credentials, Basic auth)`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `users-api-mock: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
