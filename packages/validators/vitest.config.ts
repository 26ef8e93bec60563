import { defineConfig } from "vitest/config";

// Generous timeouts: CI runs every package's tests at once on a 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module graph per worker, not per test file: the packages' tests share no global state
    // (fake timers are restored in finally blocks), and importing the generated modules once
    // instead of once per file is most of the suite's time.
    isolate: false,
    // The builds (dist/, what node-build.test.ts compares: 6 MB of plain ESM and CommonJS) load
    // as Node loads them, not through vite's transform (which took a third of the suite's time).
    server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
  },
});
