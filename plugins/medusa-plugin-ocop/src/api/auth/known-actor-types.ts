import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORGANIZER_ACTOR, PRODUCER_ACTOR, STAFF_ACTOR } from "../../modules/ocop/lib/constants"

/** Who signs in: shoppers, programme officers (Medusa's `user`) and the OCOP actors. */
export const ACTOR_TYPES: readonly string[] = [
  "customer",
  "user",
  PRODUCER_ACTOR,
  STAFF_ACTOR,
  ORGANIZER_ACTOR,
]

/** Medusa's auth routes that are not per actor type (`/auth/session`, `/auth/token/refresh`…). */
const SHARED_AUTH_ROUTES = new Set(["session", "token", "mfa", "verification"])

export function authSegments(req: MedusaRequest): string[] {
  const path = new URL(req.originalUrl, "http://localhost").pathname
  return path.split("/").filter(Boolean).slice(1)
}

/**
 * Only the known actor types reach `/auth/:actor_type/...`: any other name answers 404, so an
 * invented actor type neither checks a password with a throttle budget of its own nor registers
 * a login. `/auth/:auth_provider/user` (a new officer's account) is not per actor type.
 */
export function refuseUnknownActorTypes(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const [first, second, ...rest] = authSegments(req)
  const known =
    first === undefined ||
    SHARED_AUTH_ROUTES.has(first) ||
    ACTOR_TYPES.includes(first) ||
    (second === "user" && rest.length === 0)
  if (known) return next()
  next(new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown actor type "${first}".`))
}
