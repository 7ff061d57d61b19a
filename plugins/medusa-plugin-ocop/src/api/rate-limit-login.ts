import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

const WINDOW_SECONDS = 15 * 60
const MAX_FAILURES = 10

/**
 * Slows password guessing: after 10 failed logins for one email from one address within 15
 * minutes, further attempts get 429 until the window passes; a success clears the count.
 * Counts live in the cache module (Redis in production, shared by every server instance).
 */
export async function rateLimitLogin(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const body = (req.body ?? {}) as { email?: unknown }
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
  const key = `ocop:login-failures:${req.params.actor_type ?? ""}:${req.ip}:${email}`
  const cache: ICacheService = req.scope.resolve(Modules.CACHE)
  const failures = (await cache.get<number>(key)) ?? 0
  if (failures >= MAX_FAILURES) {
    res.setHeader("Retry-After", String(WINDOW_SECONDS))
    res.status(429).json({
      type: "too_many_requests",
      message: "Too many failed login attempts. Try again in 15 minutes.",
    })
    return
  }
  res.on("finish", () => {
    const outcome =
      res.statusCode === 401
        ? cache.set(key, failures + 1, WINDOW_SECONDS)
        : res.statusCode < 300
          ? cache.invalidate(key)
          : Promise.resolve()
    outcome.catch(() => undefined)
  })
  next()
}
