import Medusa from "@medusajs/js-sdk"

/**
 * The admin session's client. Plugins read the backend URL from `__BACKEND_URL__`, which the
 * admin bundler defines; `import.meta.env` is fixed when the plugin is built, not when it runs.
 */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
