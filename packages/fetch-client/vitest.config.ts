import { defineConfig } from "vitest/config";

// Generous timeouts: CI runs every package's tests at once on a 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
