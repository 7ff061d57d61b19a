import { createCookieSessionStorage, type SessionStorage } from "react-router"
import { getEnv, type Env } from "./env.server.ts"
import type { Notice } from "./producer-notices.ts"

export type ProducerSessionData = {
  /** The producer user's Medusa JWT; it never leaves the server except in this signed cookie. */
  token: string
}
type FlashData = { notice: Notice }

/** Medusa's JWTs live a day (`jwtExpiresIn`); the cookie does not outlive its token. */
export const producerSessionMaxAge = 60 * 60 * 24

/**
 * The portal's own cookie, apart from the shopper's `ocop_session`: signing out of one never
 * signs out of the other, and a producer token is never sent with a shopper's requests.
 * Secure whenever the site is public over https (STOREFRONT_URL), or in production otherwise.
 */
export function producerCookieOptions(
  env: Pick<Env, "SESSION_SECRET" | "STOREFRONT_URL">,
  nodeEnv: string | undefined,
) {
  return {
    name: "ocop_producer",
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: env.STOREFRONT_URL ? env.STOREFRONT_URL.startsWith("https:") : nodeEnv === "production",
    secrets: env.SESSION_SECRET.split(",").map((secret) => secret.trim()),
    maxAge: producerSessionMaxAge,
  }
}

export function createProducerSessionStorage(
  options: ReturnType<typeof producerCookieOptions>,
): SessionStorage<ProducerSessionData, FlashData> {
  return createCookieSessionStorage<ProducerSessionData, FlashData>({ cookie: options })
}

let storage: SessionStorage<ProducerSessionData, FlashData> | undefined

function getStorage() {
  storage ??= createProducerSessionStorage(producerCookieOptions(getEnv(), process.env.NODE_ENV))
  return storage
}

export function getProducerSession(request: Request) {
  return getStorage().getSession(request.headers.get("Cookie"))
}

export type ProducerSession = Awaited<ReturnType<typeof getProducerSession>>

export function commitProducerSession(session: ProducerSession): Promise<string> {
  return getStorage().commitSession(session)
}

export function destroyProducerSession(session: ProducerSession): Promise<string> {
  return getStorage().destroySession(session)
}

/** The signed-in producer user's token, if any. */
export async function getProducerToken(request: Request): Promise<string | null> {
  return (await getProducerSession(request)).get("token") ?? null
}
