import { defineConfig } from "vitest/config";

// The repo tools' suites (`pnpm test:scripts`) as one vitest run. Most of their time is spent
// waiting on child processes (git, pnpm, tsc, turbo, Verdaccio, Chromium), so they run side by
// side, more at once than the machine has cores. Each folder keeps its own vitest config.
export default defineConfig({
  test: {
    projects: [
      "scripts/breaking",
      "scripts/release",
      "bench",
      "scripts/ci",
      "scripts/drift",
      "scripts/remote-cache",
      "scripts/process",
      "scripts/package-hygiene",
      "scripts/compat",
      "scripts/readme-examples",
      "scripts/docs",
    ],
    maxWorkers: 4,
  },
});
