// stopGroup, what an interrupted bench runs for each process group it started before it removes
// the scratch copy: the group, then whatever is left in its session. turbo runs each task in a
// process group of its own within its session; here bash with job control (`set -m`) does the
// same for its background jobs, and bash itself stands for a turbo that is gone.
import { spawn } from "node:child_process";
import { describe, expect, it, onTestFinished } from "vitest";
import { groupMembers, sessionMembers, stopGroup } from "../lib/processes.mjs";

const quote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;
const node = (code) =>
  `${quote(process.execPath)} -e ${quote(`${code}; console.log(process.pid); setInterval(() => {}, 1000)`)}`;

/** `script` in bash, as the leader of a new session and process group (as spawnGroup starts). */
function startSession(script) {
  const child = spawn("bash", ["-c", script], {
    detached: true,
    stdio: ["ignore", "pipe", "ignore"],
  });
  onTestFinished(() => {
    for (const pid of sessionMembers(child.pid)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {}
    }
  });
  return child;
}

/** The first `count` pids the session's processes print. */
async function printedPids(child, count) {
  let output = "";
  child.stdout.setEncoding("utf8");
  for await (const chunk of child.stdout) {
    output += chunk;
    const pids = output.split("\n").filter(Boolean).map(Number);
    if (pids.length >= count) return pids;
  }
  throw new Error(`the session ended after printing ${JSON.stringify(output)}`);
}

describe.skipIf(process.platform !== "linux")("stopGroup", () => {
  it("stops what is left in the group's session, in process groups of its own, with SIGKILL for what ignores SIGTERM", async () => {
    const session = startSession(
      `set -m; ${node("")} & ${node('process.on("SIGTERM", () => {})')} & wait`,
    );
    const jobs = await printedPids(session, 2);
    const other = startSession(node(""));
    const [outsider] = await printedPids(other, 1);
    // The jobs are in the session but not in the group that is signalled.
    expect(sessionMembers(session.pid)).toEqual(expect.arrayContaining(jobs));
    expect(groupMembers(session.pid)).not.toEqual(expect.arrayContaining([jobs[0]]));
    expect(groupMembers(session.pid)).not.toEqual(expect.arrayContaining([jobs[1]]));

    await stopGroup(session.pid, { graceMs: 300 });

    expect(groupMembers(session.pid)).toEqual([]);
    expect(sessionMembers(session.pid)).toEqual([]);
    // Another session is left alone.
    expect(sessionMembers(other.pid)).toContain(outsider);
  });

  it("returns at once for a group whose session is empty", async () => {
    const session = startSession("exit 0");
    await new Promise((done) => session.on("exit", done));
    await expect(stopGroup(session.pid, { graceMs: 60_000 })).resolves.toBeUndefined();
  });
});
