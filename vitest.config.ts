import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/globalSetup.ts"],
    // Build tests spawn real Eleventy builds; two cores run two at a time comfortably.
    maxWorkers: 2,
    // Generous: these bound hangs on a loaded 2-core machine; no test asserts on time.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // @actions/workflow-parser imports its JSON schema without `with { type: "json" }`, which
    // Node refuses; pre-bundled by Vite, it loads (test/workflows/deploy.test.ts).
    deps: { optimizer: { ssr: { enabled: true, include: ["@actions/workflow-parser"] } } },
  },
});
