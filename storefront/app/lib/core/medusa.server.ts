import Medusa, { FetchError } from "@medusajs/js-sdk"
import { data } from "react-router"
import { getEnv } from "./env.server.ts"
import type { Locale } from "../i18n/i18n.ts"

let sdk: Medusa | undefined

/**
 * The backend client, shared by all requests, so it keeps no token: a signed-in customer's
 * JWT comes from their session cookie and is passed per call (see `storeHeaders`).
 */
export function getMedusa(): Medusa {
  if (!sdk) {
    const env = getEnv()
    sdk = new Medusa({
      baseUrl: env.MEDUSA_BACKEND_URL,
      publishableKey: env.MEDUSA_PUBLISHABLE_KEY,
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
  }
  return sdk
}

/** Headers of a store call: the shopper's language and, when signed in, their token. */
export function storeHeaders(locale: Locale, token?: string | null): Record<string, string> {
  return token
    ? { "x-medusa-locale": locale, authorization: `Bearer ${token}` }
    : { "x-medusa-locale": locale }
}

/** The backend refused a shopper's request (HTTP 400), with a message worth showing. */
export class StoreRefusal extends Error {
  override name = "StoreRefusal"
}

/** The customer's token is missing, expired or refused. */
export class Unauthorized extends Error {
  override name = "Unauthorized"
}

/** The record does not exist (any more). */
export class Missing extends Error {
  override name = "Missing"
}

/**
 * Runs a store call and sorts its failures: 400 → StoreRefusal, 401 → Unauthorized,
 * 404 → Missing; anything else is the page's 502.
 */
export async function storeCall<T>(label: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof FetchError) {
      if (error.status === 400 || error.status === 409 || error.status === 422) {
        throw new StoreRefusal(error.message)
      }
      if (error.status === 401 || error.status === 403) throw new Unauthorized(error.message)
      if (error.status === 404) throw new Missing(error.message)
    }
    console.error(`Medusa store API: ${label} failed`, error)
    throw data({ message: "backend_unavailable" }, { status: 502 })
  }
}
