import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // Two fresh clones and real builds: generous limits for a loaded
    // machine (no test asserts on time).
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
