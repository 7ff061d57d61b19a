// The production bootstrap: `medusa exec ./bootstrap/index.js`, compose's one-shot job after
// `migrate`. It creates what a fresh marketplace database needs and nothing of the demo seed:
// the store, region, sales channel and storefront key (commerce.ts) and the first programme
// officer from OCOP_OFFICER_EMAIL / OCOP_OFFICER_PASSWORD. It then hands the publishable key to
// the storefront by writing it to OCOP_PUBLISHABLE_KEY_FILE (a volume both containers mount).
// Idempotent: a second run finds everything and changes nothing (the officer's password too).
import { mkdirSync, renameSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { setUpCommerce } from "./commerce"

const MIN_PASSWORD_LENGTH = 12

/** Opens the first officer's admin account; an existing account is left as it is. */
async function firstOfficer(container: MedusaContainer, env: NodeJS.ProcessEnv) {
  const email = env.OCOP_OFFICER_EMAIL?.trim().toLowerCase()
  const password = env.OCOP_OFFICER_PASSWORD ?? ""
  if (!email) return "no OCOP_OFFICER_EMAIL: no officer account opened"
  const users = container.resolve(Modules.USER)
  if ((await users.listUsers({ email })).length) return `officer ${email} exists`
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `OCOP_OFFICER_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`,
    )
  }
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `cannot register ${email}: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email } },
  })
  return `officer ${email} opened`
}

/** Written whole or not at all: the storefront never reads half a key. */
function handOver(file: string, key: string) {
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, `${key}\n`, { mode: 0o644 })
  renameSync(partial, file)
}

export default async function bootstrap({ container }: ExecArgs) {
  const logger = container.resolve("logger")
  // The officer first: a refused password stops the job before anything is written.
  logger.info(`[bootstrap] ${await firstOfficer(container, process.env)}`)
  const commerce = await setUpCommerce(container)
  logger.info("[bootstrap] store, Việt Nam region (VND), online channel, storefront key")
  const file = process.env.OCOP_PUBLISHABLE_KEY_FILE
  if (file) {
    handOver(file, commerce.publishableKey)
    logger.info(`[bootstrap] publishable key written to ${file}`)
  }
}
