import { existsSync } from "node:fs"
import { z } from "zod"

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value)

const EnvSchema = z.object({
  MEDUSA_BACKEND_URL: z.preprocess(
    blankToUndefined,
    z.string().url().default("http://localhost:9000"),
  ),
  MEDUSA_PUBLISHABLE_KEY: z.preprocess(blankToUndefined, z.string().optional()),
})

export type Env = z.infer<typeof EnvSchema>

let env: Env | undefined

/**
 * Reads `.env` from the working directory (the start script writes `storefront/.env`),
 * without overriding variables already set, then validates the environment once.
 */
export function initEnv(): Env {
  if (env) return env
  if (existsSync(".env")) process.loadEnvFile(".env")
  env = EnvSchema.parse(process.env)
  if (!env.MEDUSA_PUBLISHABLE_KEY) {
    console.warn("MEDUSA_PUBLISHABLE_KEY is not set: the backend will refuse store requests.")
  }
  return env
}

export function getEnv(): Env {
  return env ?? initEnv()
}
