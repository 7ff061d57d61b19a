/*
 * The workspace root hoists React 18 for the Medusa admin, while the storefront has
 * React 19 in its own node_modules. Every React import must reach the storefront's copy:
 * the bundler dedupes React, and packages at the root that import React are bundled
 * (server build) or inlined (tests) instead of being loaded by Node from the root.
 */
export const dedupe = ["react", "react-dom"]

export const packagesImportingReact = [
  "react-router",
  "react-i18next",
  "remix-i18next",
  "use-sync-external-store",
  "@testing-library/react",
]
