import { defineConfig } from "vitest/config";

// Generous timeouts: CI runs every package's tests at once on a 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module graph per worker, not per test file; the hooks every file needs are in the
    // setup file, which runs for each file.
    isolate: false,
    setupFiles: ["test/setup.ts"],
  },
});
