import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"
import { dedupe, packagesImportingReact } from "./react-single-copy.ts"

export default defineConfig({
  resolve: {
    dedupe,
    // Prefer ES modules, which Vitest inlines, over CommonJS builds Node would load itself.
    conditions: ["module", "node", "development|production"],
    mainFields: ["module", "main"],
    alias: {
      "use-sync-external-store/shim": fileURLToPath(
        new URL("./tests/use-sync-external-store-shim.ts", import.meta.url),
      ),
    },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    server: { deps: { inline: packagesImportingReact } },
  },
})
