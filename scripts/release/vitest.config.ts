import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real installs, publishes and compilations: generous limits (the whole file takes ~1 minute).
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
