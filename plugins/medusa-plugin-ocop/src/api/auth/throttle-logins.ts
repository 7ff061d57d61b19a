import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "../../lib/client-address"
import { edgeOptions } from "../../lib/edge-options"
import { LOGIN_THROTTLE_MODULE } from "../../modules/login-throttle"
import { accountOf } from "../../modules/login-throttle/lib/rules"
import type LoginThrottleModuleService from "../../modules/login-throttle/service"
import { ACTOR_TYPES, authSegments } from "./known-actor-types"

/**
 * Every route that checks an emailpass password (login by GET or POST, and registration, which
 * answers for an unclaimed login with its password) asks the login throttle first
 * (docs/decisions/0008-login-throttling.md). Refused attempts get 429 with Retry-After.
 */
export async function throttleLogins(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const [actorType] = authSegments(req)
  const account = accountOf((req.body as { email?: unknown } | undefined)?.email)
  // No email: the provider refuses without looking at any password.
  if (!actorType || !ACTOR_TYPES.includes(actorType) || !account) return next()

  const throttle = req.scope.resolve<LoginThrottleModuleService>(LOGIN_THROTTLE_MODULE)
  const address = clientAddress(req, edgeOptions(req.scope))
  const verdict = await throttle.claimLogin(account, address)
  if (!verdict.allowed) {
    const seconds = verdict.retryAfterSeconds
    res.setHeader("Retry-After", String(seconds))
    res.status(429).json({
      type: "not_allowed",
      code: "login_throttled",
      message: `Too many failed sign-ins. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
      retry_after: seconds,
    })
    return
  }
  res.on("finish", () => {
    throttle
      .settleLogin(verdict.claim, res.statusCode < 300)
      .catch((error: Error) =>
        req.scope.resolve("logger").warn(`[ocop] login throttle: ${error.message}`),
      )
  })
  next()
}
