// Secrets of a local stack: the environment's when set, else random ones made once per data dir
// (kept in secrets.json beside the database), so no local stack signs logins or cookies, or
// vouches for a shopper's address (STOREFRONT_SECRET), with a secret published in this repository.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

export const secretNames = [
  "JWT_SECRET",
  "COOKIE_SECRET",
  "SESSION_SECRET",
  "STOREFRONT_SECRET",
] as const
export type Secrets = Record<(typeof secretNames)[number], string>

export function localSecrets(dataDir: string, env: NodeJS.ProcessEnv): Secrets {
  const file = path.join(dataDir, "secrets.json")
  const stored = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>)
    : {}
  const made = Object.fromEntries(
    secretNames.map((name) => [name, stored[name] || randomBytes(32).toString("hex")]),
  ) as Secrets
  if (secretNames.some((name) => stored[name] !== made[name])) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(made, null, 2)}\n`, { mode: 0o600 })
  }
  return Object.fromEntries(secretNames.map((name) => [name, env[name] || made[name]])) as Secrets
}
