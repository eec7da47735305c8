import { defineConfig } from "vitest/config";

export default defineConfig({
  // The pages' JSX runtime from src, not the build (package.json "imports", condition
  // "source"), then Vite's own server conditions.
  ssr: { resolve: { conditions: ["source", "module", "node", "development|production"] } },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
