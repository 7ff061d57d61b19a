// The flags every headless Chromium of the project starts with (Playwright's e2e tests and the
// storefront's Lighthouse runs): no sandbox (containers run as root), nothing that reaches for
// the network on its own (this machine has none beyond the npm registry).
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]
