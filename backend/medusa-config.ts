import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
const redisUrl = env.REDIS_URL
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const workerMode = (env.MEDUSA_WORKER_MODE || "shared") as "shared" | "worker" | "server"
/**
 * Reverse proxies in front of the backend whose X-Forwarded-* headers are believed: 0 locally,
 * 1 behind compose's TLS proxy. Medusa itself always trusts one hop for `req.ip`; the OCOP
 * plugin computes the client address from this number instead.
 */
const trustedProxyCount = Math.max(0, Number.parseInt(env.TRUSTED_PROXY_COUNT || "0", 10) || 0)

/**
 * The session cookie of the officers' dashboard: `Secure` when the public address is https;
 * behind a trusted TLS proxy, when the proxy says the request came over https (express-session's
 * "auto"); never on plain http, where the browser would drop it and the login would not stick.
 */
const secureCookies = backendUrl.startsWith("https:")
  ? true
  : trustedProxyCount > 0
    ? ("auto" as unknown as boolean)
    : false

/**
 * Benchmark baseline only (`npm run bench`, docs/performance.md): the same build on the same
 * database as plain Medusa, without the OCOP plugin (its gate, middlewares, hooks, subscribers)
 * and without the Search Module whose index and provider the plugin defines. Never set it
 * anywhere else: without the plugin nothing enforces the certificate gate.
 */
const withoutOcopPlugin = env.OCOP_BENCH_WITHOUT_OCOP_PLUGIN === "true"

/** Redis-backed infrastructure modules; without REDIS_URL Medusa uses its in-memory defaults. */
const redisModules = redisUrl
  ? [
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/** Stripe joins the default system provider (cash on delivery, bank transfer) when a key is set. */
const paymentModules = env.STRIPE_API_KEY
  ? [
      {
        key: Modules.PAYMENT,
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: {
                apiKey: env.STRIPE_API_KEY,
                webhookSecret: env.STRIPE_WEBHOOK_SECRET,
              },
            },
          ],
        },
      },
    ]
  : []

/** Certificate expiry notices go to producers by email; the local provider logs them. */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local notifications", channels: ["feed", "email"] },
      },
    ],
  },
}

/** Uploaded images are served by the backend under its public address. */
const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: { backend_url: `${backendUrl}/static` },
      },
    ],
  },
}

/**
 * Product search (Medusa's Search Module). Postgres always: Medusa's provider with small rows
 * (OCOP plugin, with Medusa's own migrations) and the Vietnamese text configuration the plugin
 * creates on `db:migrate`. With MEILISEARCH_HOST set, the plugin's Meilisearch provider joins;
 * the storefront search prefers it and falls back to Postgres when it fails.
 */
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    default_provider: "search-postgres",
    providers: [
      {
        resolve: "medusa-plugin-ocop/providers/search-postgres",
        id: "postgres",
        options: { language: "vietnamese" },
      },
      ...(env.MEILISEARCH_HOST
        ? [
            {
              resolve: "medusa-plugin-ocop/providers/meilisearch",
              id: "meilisearch",
              options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
            },
          ]
        : []),
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode,
    cookieOptions: { secure: secureCookies, sameSite: "lax", httpOnly: true },
    http: {
      storeCors: env.STORE_CORS || storefrontUrl,
      adminCors: env.ADMIN_CORS || backendUrl,
      authCors: env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
    // Same origin: the dashboard calls whichever address serves it (9000 locally, 9100 in tests).
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  plugins: withoutOcopPlugin
    ? []
    : [
        {
          resolve: "medusa-plugin-ocop",
          options: { redisUrl, trustedProxyCount, storefrontSecret: env.STOREFRONT_SECRET },
        },
      ],
  modules: [
    ...redisModules,
    ...paymentModules,
    notificationModule,
    fileModule,
    ...(withoutOcopPlugin ? [] : [searchModule]),
  ],
})
