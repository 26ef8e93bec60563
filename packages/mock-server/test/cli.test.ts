import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { call } from "./helpers.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGTERM");
});

/** Starts the built CLI and resolves with what it printed once it has printed the URL. */
function start(args: string[]): Promise<{ child: ChildProcess; output: string; url: string }> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run the build first`);
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url && output.includes("Press Ctrl+C")) resolve({ child, output, url });
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
}

describe("users-api-mock CLI", () => {
  it("serves seeded users on the printed URL and prints a curl line to try", async () => {
    const { output, url, child } = await start(["--port", "0", "--seed", "7"]);
    expect(output).toContain("(7 seeded users)");
    expect(output).toContain(
      `curl -H "Authorization: Bearer any-token" "${url}/api/v2/users?pageSize=5"`,
    );
    const listing = await call(server(url), "GET", "/api/v2/users?state=any");
    expect(listing.status).toBe(200);
    expect(listing.body.total).toBe(7);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("takes tokens and faults from flags", async () => {
    const { url, output } = await start([
      "--port",
      "0",
      "--seed",
      "1",
      "--token",
      "demo",
      "--rate-limit-every",
      "2",
      "--retry-after",
      "3",
    ]);
    expect(output).toContain("Bearer demo");
    expect((await call(server(url), "GET", "/api/v2/users", { token: "demo" })).status).toBe(200);
    const limited = await call(server(url), "GET", "/api/v2/users", { token: "demo" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect((await call(server(url), "GET", "/api/v2/users", { token: "other" })).status).toBe(401);
  });

  it("explains bad flags on stderr and exits 1", async () => {
    const child = spawn(process.execPath, [cli, "--port", "many"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("--port must be a number");
  });
});

const server = (url: string) => ({ url });
