// The processes a bench starts, and how an interrupted bench stops them and cleans up.
//
// Every command runs in a process group of its own (`detached`), so that it can be stopped with
// all it started (pnpm, its sh, turbo, the tasks turbo runs) by signalling the group: the signal
// that interrupts the bench reaches only the bench (a SIGTERM to its pid from pnpm or a service
// manager; a Ctrl-C, which the terminal sends to the bench's group and not to those). The first
// process started (or the first onInterrupt()) installs the handlers: on SIGINT, SIGTERM or
// SIGHUP the bench stops every group (SIGTERM, then SIGKILL after a grace period), runs the
// cleanups registered with onInterrupt() (the scratch copy: whatever still works in it is
// stopped by stopProcessesIn() before it is removed) and exits 128 + the signal's number.
// Further signals in the meantime are ignored: under pnpm a Ctrl-C arrives twice (from the
// terminal and from pnpm).
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { constants } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

/** Process group ids (= leader pids) of the commands started and not known to be done. */
const groups = new Set();
const cleanups = [];
let interruptedBy = null;
let installed = false;

/** The signal that interrupted the bench, or null. */
export const interrupted = () => interruptedBy;

/**
 * The live processes of process group `pgid` (zombies, which no signal can end, left out). Reads
 * /proc on Linux; elsewhere, `[pgid]` as long as the group can be signalled.
 */
export function groupMembers(pgid) {
  if (process.platform !== "linux") {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") members.push(Number(entry));
  }
  return members;
}

/** Live processes whose working directory is `dir` or below it, as "pid command" (Linux only). */
export function processesIn(dir) {
  if (process.platform !== "linux") return [];
  const found = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`).replace(/ \(deleted\)$/, "");
      if (cwd !== dir && !cwd.startsWith(`${dir}/`)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2))) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      found.push(`${entry} ${command.trim()}`);
    } catch {}
  }
  return found;
}

/** Sends SIGTERM to group `pgid`, then SIGKILL if some of it outlives `graceMs`; resolves when it is gone. */
export async function stopGroup(pgid, { graceMs = 10_000 } = {}) {
  for (const [signal, waitMs] of [
    ["SIGTERM", graceMs],
    ["SIGKILL", 5_000],
  ]) {
    if (groupMembers(pgid).length === 0) return;
    try {
      process.kill(-pgid, signal);
    } catch {}
    const deadline = Date.now() + waitMs;
    while (groupMembers(pgid).length > 0 && Date.now() < deadline) await sleep(50);
  }
}

/**
 * Stops every process still working in `dir`: SIGTERM, then SIGKILL to what outlives `graceMs`,
 * each process signalled once per step, also those that appear meanwhile (a task's children, as
 * the task ends); resolves when none is left, or gives up 5 s after the SIGKILLs (Linux only, as
 * processesIn). Stopping the bench's groups is not always enough: `pnpm dev` runs turbo in a
 * session of its own, and turbo each task in a process group of its own. A watcher killed at the
 * end of its grace period, while turbo still waited for a long tsc, left that tsc writing into
 * the scratch copy after it was removed (seen in the interrupt test under load).
 */
export async function stopProcessesIn(dir, { graceMs = 10_000 } = {}) {
  for (const [signal, waitMs] of [
    ["SIGTERM", graceMs],
    ["SIGKILL", 5_000],
  ]) {
    const signalled = new Set();
    const deadline = Date.now() + waitMs;
    for (;;) {
      const pids = processesIn(dir).map((line) => Number.parseInt(line));
      if (pids.length === 0) return;
      if (Date.now() > deadline) break;
      for (const pid of pids.filter((pid) => !signalled.has(pid))) {
        signalled.add(pid);
        try {
          process.kill(pid, signal);
        } catch {}
      }
      await sleep(50);
    }
  }
}

/** `spawn()`, in a process group of its own that an interrupted bench stops. */
export function spawnGroup(command, args, options = {}) {
  if (interruptedBy) throw new Error(`not starting ${command}: the bench was interrupted`);
  installHandlers();
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) {
    const pgid = child.pid;
    groups.add(pgid);
    // Once interrupted, the group stays listed: what the leader started may outlive it.
    child.once("exit", () => interruptedBy || groups.delete(pgid));
  }
  return child;
}

/** Runs `cleanup` (may be async) if the bench is interrupted, after its processes are stopped. */
export function onInterrupt(cleanup) {
  installHandlers();
  cleanups.push(cleanup);
}

function installHandlers() {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => void interrupt(signal));
  }
}

async function interrupt(signal) {
  if (interruptedBy) return;
  interruptedBy = signal;
  // The terminal may be gone (SIGHUP): a failed write must not end the cleanup.
  process.stdout.on("error", () => {});
  process.stderr.on("error", () => {});
  console.log(`[bench] ${signal}: stopping ${groups.size} process group(s) and cleaning up`);
  await Promise.all([...groups].map((pgid) => stopGroup(pgid)));
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`[bench] cleanup failed: ${error?.message ?? error}`);
    }
  }
  process.exit(128 + constants.signals[signal]);
}
