import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@telltale/core": fileURLToPath(new URL("./packages/core/src/index.ts", import.meta.url)),
      "@telltale/sdk": fileURLToPath(new URL("./packages/sdk/src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/src/**/*.test.tsx", "test/**/*.test.ts"],
    testTimeout: 60_000,
    // Browser tests poll the page while other test files load both cores: a second is too short to wait.
    expect: { poll: { timeout: 15_000 } },
  },
});
