import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // One tsc run over every README block, then node runs of the runnable ones: seconds on an
    // idle machine, more on a loaded one. Nothing asserts on time.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
