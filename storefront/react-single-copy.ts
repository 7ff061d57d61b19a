import { fileURLToPath } from "node:url"

/*
 * The workspace root hoists React 18 for the Medusa admin, while the storefront has
 * React 19 in its own node_modules. Every React import must reach the storefront's copy:
 * the bundler dedupes React, and packages at the root that import React are bundled
 * (server build) or inlined (dev server, tests) instead of being loaded by Node from the root.
 */
export const dedupe = ["react", "react-dom"]

export const packagesImportingReact = [
  "react-router",
  "react-i18next",
  "remix-i18next",
  "@testing-library/react",
  "@stripe/react-stripe-js",
]

/** react-i18next's CommonJS shim would `require("react")` from the root; React 18+ has the hook. */
export const alias = {
  "use-sync-external-store/shim": fileURLToPath(
    new URL("./use-sync-external-store-shim.ts", import.meta.url),
  ),
}
