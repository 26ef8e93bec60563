import { defineConfig } from "vitest/config";
import { ListedOrderSequencer } from "./scripts/vitest-listed-order.mjs";

// The repo tools' suites (`pnpm test:scripts`) as one vitest run. Most of their time is spent
// waiting on child processes (git, pnpm, tsc, turbo, Verdaccio, Chromium), so they run side by
// side, more at once than the machine has cores. Each folder keeps its own vitest config. They
// start in the order listed, the longest first (scripts/vitest-listed-order.mjs).
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
    maxWorkers: 4,
    sequence: { sequencer: ListedOrderSequencer },
  },
});
