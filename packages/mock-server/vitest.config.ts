import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module graph per worker, not per test file: the packages' tests share no global state
    // (fake timers are restored in finally blocks), and importing the generated modules once
    // instead of once per file is most of the suite's time.
    isolate: false,
    // The other packages' builds (types, spec, validators, fetch-client) load as Node loads
    // them, not through vite's transform: they are plain ESM (vite's transform took 3.5 s of the
    // suite, 1.1 s with them left out).
    server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
  },
});
