import { defineConfig } from "vitest/config"
import { alias, dedupe, packagesImportingReact } from "./react-single-copy.ts"

export default defineConfig({
  resolve: {
    dedupe,
    alias,
    // Prefer ES modules, which Vitest inlines, over CommonJS builds Node would load itself.
    conditions: ["module", "node", "development|production"],
    mainFields: ["module", "main"],
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts"],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    server: { deps: { inline: packagesImportingReact } },
  },
})
