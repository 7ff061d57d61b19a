import { createRequire } from "node:module"
import path from "node:path"
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

/**
 * The dashboard's own copy of react-i18next. The storefront's newer major is hoisted to the root,
 * so without this alias the OCOP admin extension would import a second copy that never sees the
 * dashboard's i18next instance (and its officers' language setting).
 */
const dashboardRequire = createRequire(require.resolve("@medusajs/dashboard/package.json"))
const dashboardReactI18next = path.dirname(dashboardRequire.resolve("react-i18next/package.json"))

/** Redis-backed infrastructure modules; without REDIS_URL Medusa uses its in-memory defaults. */
const redisModules = redisUrl
  ? [
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
            // Medusa's Redis provider with 15 s leases renewed by the living holder, so a lock
            // held by a killed process frees itself in seconds, not 60-120 s (decision 0031);
            // `locking.execute` waits up to 20 s for a lock (Medusa: 5 s), longer than a lease,
            // so a reservation outwaits a dead holder and 20 concurrent checkouts of one item.
            {
              resolve: "medusa-plugin-ocop/providers/locking-redis-leased",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl, waitLockingTimeout: 20 },
            },
          ],
        },
      },
    ]
  : []

// ---- Caching (issue #16, decision 0024) -------------------------------------------------------
/**
 * Medusa's Caching Module, in place of the deprecated cache module: the OCOP plugin answers the
 * shoppers' read paths from it (lib/read-cache.ts). Medusa's own cached paths (feature flag
 * `caching`) stay off: with them a relisted product stayed out of Medusa's cached
 * `/store/products` (decision 0024). In one process the built-in memory provider; with REDIS_URL the
 * Redis provider, which every process shares — required when the backend runs as more than
 * one process, since a clear in one process must reach the others. OCOP_CACHING=false turns
 * it off (the bench's cold numbers, plain Medusa).
 */
const cachingEnabled = env.OCOP_CACHING !== "false"
const cachingModules = cachingEnabled
  ? [
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: redisUrl
          ? {
              providers: [
                {
                  resolve: "@medusajs/medusa/caching-redis",
                  id: "caching-redis",
                  is_default: true,
                  options: { redisUrl, prefix: "ocop-cache:" },
                },
              ],
            }
          : { in_memory: { enable: true, maxSize: 128 * 1024 * 1024 } },
      },
    ]
  : []
// ---- end of caching -----------------------------------------------------------------------------

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

/**
 * Emails (invitations, certificate expiry notices) go through the plugin's provider: sent by
 * SMTP when SMTP_URL is set, written to the log otherwise. The admin feed stays local.
 */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local notifications", channels: ["feed"] },
      },
      ...(withoutOcopPlugin
        ? []
        : [
            {
              resolve: "medusa-plugin-ocop/providers/notification-email",
              id: "email",
              options: {
                channels: ["email"],
                smtp_url: env.SMTP_URL,
                from: env.SMTP_FROM,
                storefront_url: storefrontUrl,
                backend_url: backendUrl,
              },
            },
          ]),
    ],
  },
}

/**
 * Uploaded files. Locally (and by default in compose) the local provider keeps them in
 * ./uploads of the running backend, private ones (the admin's exports) in ./uploads/private,
 * and the OCOP plugin serves them at /uploads/:key: images only, with strict headers (decision
 * 0010 in docs/decisions). With S3_BUCKET set they go to that S3-compatible bucket instead, served
 * from S3_FILE_URL, whose responses must carry the same headers (README, "Uploaded files").
 */
const uploadDir = path.join(process.cwd(), "uploads")
const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION || "auto",
        file_url: env.S3_FILE_URL,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        endpoint: env.S3_ENDPOINT || undefined,
        prefix: env.S3_PREFIX || undefined,
        // Buckets with ACLs disabled (the default on new AWS buckets) refuse an ACL header.
        ...(env.S3_ACL === "false" ? { acl: false } : {}),
        additional_client_config: { forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" },
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: {
        upload_dir: uploadDir,
        private_upload_dir: path.join(uploadDir, "private"),
        backend_url: `${backendUrl}/uploads`,
      },
    }
const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: { providers: [fileProvider] },
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
    // One react-i18next for the dashboard and the OCOP extension (docs/decisions/0022).
    vite: () => ({ resolve: { alias: { "react-i18next": dashboardReactI18next } } }),
  },
  // Medusa's own cached paths stay off: its invalidation missed a relisted product (0024).
  featureFlags: { caching: false },
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
    ...cachingModules,
    ...paymentModules,
    notificationModule,
    fileModule,
    ...(withoutOcopPlugin ? [] : [searchModule]),
  ],
})
