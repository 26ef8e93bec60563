import { defineConfig } from "vitest/config";
import { ListedOrderSequencer } from "./scripts/vitest-listed-order.mjs";

// The repo tools' suites (`pnpm test:scripts`) as one vitest run, two files at a time. Each folder
// keeps its own vitest config. They start in the order listed, the longest first
// (scripts/vitest-listed-order.mjs). Most of their time is spent in the processes they start
// (git, pnpm, tsc, turbo, Verdaccio, Chromium): more files at once than the machine has cores
// only made each of those chains slower and cost more CPU in all (measured on 2 cores, inside
// `pnpm test`: 4 at once 251 s and 461 CPU-seconds, 3 at once 205 s and 376, 2 at once 200 s
// and 364).
export default defineConfig({
  test: {
    projects: [
      "scripts/release",
      "scripts/docs",
      "scripts/breaking",
      "scripts/remote-cache",
      "scripts/compat",
      "scripts/readme-examples",
      "scripts/process",
      "bench",
      "scripts/package-hygiene",
      "scripts/drift",
      "scripts/ci",
    ],
    maxWorkers: 2,
    sequence: { sequencer: ListedOrderSequencer },
  },
});
