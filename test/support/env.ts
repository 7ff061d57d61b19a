// Where the stack under test runs. `npm test` sets these for its throwaway stack; run by hand,
// the tests default to the stack of `npm start` (and its storefront/.env for the key).
import { existsSync, readFileSync } from "node:fs"

const storefrontEnvFile = new URL("../../storefront/.env", import.meta.url)

function fromStorefrontEnv(name: string): string | undefined {
  if (!existsSync(storefrontEnvFile)) return undefined
  const line = readFileSync(storefrontEnvFile, "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}=`))
  return line?.slice(name.length + 1).trim() || undefined
}

export const backendUrl = (): string => process.env.BACKEND_URL || "http://localhost:9000"

export const storefrontUrl = (): string => process.env.STOREFRONT_URL || "http://localhost:8000"

export const databaseUrl = (): string =>
  process.env.DATABASE_URL || "postgres://postgres:password@localhost:54329/ocop"

export function publishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY || fromStorefrontEnv("MEDUSA_PUBLISHABLE_KEY")
  if (!key) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set and storefront/.env has none: was the seed run?",
    )
  }
  return key
}
