import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // Each test starts pnpm (and node, turbo) and waits for them to start and to stop: seconds
    // on an idle machine, more on a loaded one.
    testTimeout: 90_000,
    hookTimeout: 30_000,
  },
});
