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

/**
 * The backend a request goes to. With BACKEND_URLS (npm run test:topology: several server
 * processes behind no load balancer), each call takes the next one, round-robin, so every test
 * spreads its requests over all servers and state shared through Postgres and Redis is proven.
 */
export function backendUrl(): string {
  if (pinned) return pinned
  const all = backendUrls()
  return all[next++ % all.length]!
}
let next = 0
let pinned: string | undefined

/** Runs `work` with every request sent to one server (a revocation "made on server A"). */
export async function onServer<T>(url: string, work: () => Promise<T>): Promise<T> {
  const before = pinned
  pinned = url
  try {
    return await work()
  } finally {
    pinned = before
  }
}

/** Every server process under test: BACKEND_URLS (comma-separated), else BACKEND_URL alone. */
export function backendUrls(): string[] {
  const listed = (process.env.BACKEND_URLS ?? "").split(",").filter(Boolean)
  return listed.length ? listed : [process.env.BACKEND_URL || "http://localhost:9000"]
}

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

const secretsFile = new URL("../../.data/secrets.json", import.meta.url)

/**
 * The secret the storefront sends with a shopper's address (STOREFRONT_SECRET): `npm test` sets
 * it for its throwaway stack; by hand, the tests read the one `npm start` keeps in .data/.
 */
export function storefrontSecret(): string {
  if (process.env.STOREFRONT_SECRET) return process.env.STOREFRONT_SECRET
  const stored = existsSync(secretsFile)
    ? (JSON.parse(readFileSync(secretsFile, "utf8")) as { STOREFRONT_SECRET?: string })
    : {}
  if (!stored.STOREFRONT_SECRET) {
    throw new Error("STOREFRONT_SECRET is not set and .data/secrets.json has none")
  }
  return stored.STOREFRONT_SECRET
}
