import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // The end-to-end tests (dev-watcher, interrupt) start pnpm and turbo runs: generous on a busy machine.
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
