// Timing and summary helpers shared by the benchmark sections.
import { spawnGroup } from "./processes.mjs";

export function median(values) {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs a command to completion and resolves `{ ms, stdout, stderr }`; rejects with the output
 * when it exits non-zero. Output is captured, never shown, so that it does not skew timings.
 * The command runs in a process group of its own, which an interrupted bench stops
 * (processes.mjs).
 */
export function run(command, args, { cwd, env, allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawnGroup(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      if (code !== 0 && !allowFailure) {
        reject(
          new Error(
            `${command} ${args.join(" ")} exited ${code}\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`,
          ),
        );
      } else resolve({ ms, code, stdout, stderr });
    });
  });
}

/** Runs `task` `rounds` times (sequentially) and returns every duration and their median. */
export async function timeRounds(rounds, task) {
  const times = [];
  for (let round = 0; round < rounds; round++) times.push(await task(round));
  return { median: median(times), times };
}

export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
export const ratio = (value) => `${value.toFixed(2)}x`;

export function bytes(count) {
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(1)} kB`;
  return `${(count / 1024 / 1024).toFixed(2)} MB`;
}

/** A Markdown table; `rows` are arrays of cells, numbers right-aligned. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const numeric = header.map((_, i) =>
    rows.every((row) => /^([-+]?[\d.,]+(\s|x|%|$)|$)/.test(String(row[i]))),
  );
  const line = (row) =>
    `| ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (numeric[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n");
}
