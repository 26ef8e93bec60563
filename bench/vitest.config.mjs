import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // dev-watcher.test.mjs builds a scratch copy of the repo and regenerates it: minutes, not seconds.
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
