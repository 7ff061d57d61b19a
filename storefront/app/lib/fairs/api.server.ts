import { data } from "react-router"
import type { Locale } from "../i18n/i18n.ts"
import { getMedusa, Missing, storeCall, StoreRefusal } from "../core/medusa.server.ts"
import type { FairListResponse, FairResponse } from "@ocop/shared"

const timeoutMs = 8_000

/**
 * A store GET in the shopper's language: a backend 404 is the page's 404, a 400 (the address
 * refused) its 400, a failure a 502.
 */
async function fairsGet<T>(path: string, locale: Locale, signal: AbortSignal): Promise<T> {
  try {
    return await storeCall(`GET ${path}`, () =>
      getMedusa().client.fetch<T>(path, {
        query: { locale },
        headers: { "x-medusa-locale": locale },
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      }),
    )
  } catch (error) {
    if (error instanceof Missing) throw data({ message: "not_found" }, { status: 404 })
    if (error instanceof StoreRefusal) throw data({ message: "bad_request" }, { status: 400 })
    throw error
  }
}

/** Live, upcoming and past fairs. */
export function listFairs(locale: Locale, signal: AbortSignal) {
  return fairsGet<FairListResponse>("/store/ocop/fairs", locale, signal)
}

/** A fair with its fair ground and its catalog by booth. */
export async function getFair(slug: string, locale: Locale, signal: AbortSignal) {
  const { fair } = await fairsGet<FairResponse>(
    `/store/ocop/fairs/${encodeURIComponent(slug)}`,
    locale,
    signal,
  )
  return fair
}
