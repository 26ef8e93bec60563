// stopProcessesIn: what an interrupted bench runs before it removes the scratch copy, for the
// processes that no group it stopped holds (turbo runs each task in a process group of its own).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { processesIn, stopProcessesIn } from "../lib/processes.mjs";

const folders = [];
const children = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A node process working in `dir`, in a process group of its own; resolves once it runs `code`. */
async function startIn(dir, code) {
  const child = spawn(
    process.execPath,
    ["-e", `${code}; console.log("ready"); setInterval(() => {}, 1000)`],
    {
      cwd: dir,
      detached: true,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  const exit = new Promise((done) => child.on("exit", (code, signal) => done({ code, signal })));
  await new Promise((ready) => child.stdout.once("data", ready));
  return { pid: child.pid, exit };
}

describe.skipIf(process.platform !== "linux")("stopProcessesIn", () => {
  it("stops every process working in the folder: SIGTERM, then SIGKILL for one that ignores it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "users-api-bench-stop-"));
    folders.push(dir);
    const polite = await startIn(dir, "");
    const stubborn = await startIn(dir, 'process.on("SIGTERM", () => {})');
    const elsewhere = await startIn(tmpdir(), "");
    expect(
      processesIn(dir)
        .map((line) => Number.parseInt(line))
        .sort(),
    ).toEqual([polite.pid, stubborn.pid].sort());

    await stopProcessesIn(dir, { graceMs: 300 });

    expect(processesIn(dir)).toEqual([]);
    expect(await polite.exit).toEqual({ code: null, signal: "SIGTERM" });
    expect(await stubborn.exit).toEqual({ code: null, signal: "SIGKILL" });
    // Only the folder's processes: one working elsewhere is left alone.
    expect(() => process.kill(elsewhere.pid, 0)).not.toThrow();
  });

  it("returns at once when nothing works in the folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "users-api-bench-stop-"));
    folders.push(dir);
    await expect(stopProcessesIn(dir, { graceMs: 60_000 })).resolves.toBeUndefined();
  });
});
