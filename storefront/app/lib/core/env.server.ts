import { existsSync, readFileSync } from "node:fs"
import { z } from "zod"

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value)

/** The secret the session and cart cookies are signed with when SESSION_SECRET is unset. */
export const insecureSessionSecret = "ocop-storefront-insecure-secret"

const EnvSchema = z.object({
  MEDUSA_BACKEND_URL: z.preprocess(
    blankToUndefined,
    z.string().url().default("http://localhost:9000"),
  ),
  MEDUSA_PUBLISHABLE_KEY: z.preprocess(blankToUndefined, z.string().optional()),
  /**
   * Where the backend's bootstrap job wrote the publishable key (compose: a shared volume); read
   * at start when MEDUSA_PUBLISHABLE_KEY is unset.
   */
  MEDUSA_PUBLISHABLE_KEY_FILE: z.preprocess(blankToUndefined, z.string().optional()),
  /** Comma-separated: the first signs new cookies, the others still verify old ones. */
  SESSION_SECRET: z.preprocess(blankToUndefined, z.string().default(insecureSessionSecret)),
  /** Public URL of the storefront; an https URL makes the cookies Secure. */
  STOREFRONT_URL: z.preprocess(blankToUndefined, z.string().url().optional()),
  /**
   * Shared with the backend: sent beside a shopper's address when someone signs in, so the
   * backend's login throttle counts that shopper, not the storefront's own address.
   */
  STOREFRONT_SECRET: z.preprocess(blankToUndefined, z.string().min(16).optional()),
  /**
   * Origins the pages may show pictures from besides the site (comma-separated): where product
   * photos are served. Unset: the backend (MEDUSA_BACKEND_URL), which serves them under /static.
   */
  IMAGE_ORIGINS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? value.split(",") : undefined),
    z.array(z.string().trim().url()).optional(),
  ),
  /** Reverse proxies in front of the storefront whose X-Forwarded-* headers are believed. */
  TRUSTED_PROXY_COUNT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).default(0)),
  /** Switches the card form (Stripe Payment Element) on, with the backend's Stripe provider. */
  STRIPE_PUBLISHABLE_KEY: z.preprocess(blankToUndefined, z.string().startsWith("pk_").optional()),
})

export type Env = z.infer<typeof EnvSchema>

let env: Env | undefined

/** MEDUSA_PUBLISHABLE_KEY, else the key handed over in MEDUSA_PUBLISHABLE_KEY_FILE, if any. */
export function publishableKeyOf(
  values: Pick<Env, "MEDUSA_PUBLISHABLE_KEY" | "MEDUSA_PUBLISHABLE_KEY_FILE">,
): string | undefined {
  if (values.MEDUSA_PUBLISHABLE_KEY) return values.MEDUSA_PUBLISHABLE_KEY
  const file = values.MEDUSA_PUBLISHABLE_KEY_FILE
  if (!file || !existsSync(file)) return undefined
  return readFileSync(file, "utf8").trim() || undefined
}

/**
 * Reads `.env` from the working directory (the start script writes `storefront/.env`),
 * without overriding variables already set, then validates the environment once.
 */
export function initEnv(): Env {
  if (env) return env
  if (existsSync(".env")) process.loadEnvFile(".env")
  const parsed = EnvSchema.parse(process.env)
  env = { ...parsed, MEDUSA_PUBLISHABLE_KEY: publishableKeyOf(parsed) }
  if (!env.MEDUSA_PUBLISHABLE_KEY) {
    console.warn("MEDUSA_PUBLISHABLE_KEY is not set: the backend will refuse store requests.")
  }
  if (!env.STOREFRONT_SECRET) {
    console.warn(
      "STOREFRONT_SECRET is not set: the backend counts every login from the storefront's address.",
    )
  }
  if (env.SESSION_SECRET === insecureSessionSecret) {
    console.warn("SESSION_SECRET is not set: cookies are signed with a public default secret.")
  }
  return env
}

export function getEnv(): Env {
  return env ?? initEnv()
}
