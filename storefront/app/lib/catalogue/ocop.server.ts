import { FetchError } from "@medusajs/js-sdk"
import { data } from "react-router"
import type { Locale } from "../i18n/i18n.ts"
import { getMedusa } from "../core/medusa.server.ts"
import type {
  CertificateResponse,
  DirectoryPlaceType,
  PlaceListResponse,
  ProducerResponse,
  ProductDetailResponse,
  ProductListQuery,
  ProductListResponse,
} from "@ocop/shared"

const timeoutMs = 8_000

type Query = Record<string, string | number | undefined>

type GetOptions = { signal?: AbortSignal; locale?: Locale }

class NotFound extends Error {}

/**
 * GET a store route of the OCOP backend; null when it answers 404. A 400 (the page's own
 * query refused) is the page's 400; any other failure becomes a 502 for the route's boundary. The language goes both as `?locale=` and as the
 * `x-medusa-locale` header that Medusa reads.
 */
async function ocopFind<T>(path: string, query: Query, options: GetOptions): Promise<T | null> {
  try {
    return await ocopFetch<T>(path, query, options)
  } catch (error) {
    if (error instanceof NotFound) return null
    throw error
  }
}

/** Like ocopFind, but a missing record is the route's 404. */
async function ocopGet<T>(path: string, query: Query, options: GetOptions): Promise<T> {
  const found = await ocopFind<T>(path, query, options)
  if (found === null) throw data({ message: "not_found" }, { status: 404 })
  return found
}

async function ocopFetch<T>(path: string, query: Query, { signal, locale }: GetOptions) {
  const timeout = AbortSignal.timeout(timeoutMs)
  try {
    return await getMedusa().client.fetch<T>(path, {
      query: locale ? { ...query, locale } : query,
      headers: locale ? { "x-medusa-locale": locale } : undefined,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) throw new NotFound(path)
    // The backend refused the page's own input (a search holding a control character).
    if (error instanceof FetchError && error.status === 400) {
      throw data({ message: "bad_request" }, { status: 400 })
    }
    if (!signal?.aborted) console.error(`OCOP backend: GET ${path} failed`, error)
    throw data({ message: "backend_unavailable" }, { status: 502 })
  }
}

/** The certificate gate's fingerprint: it changes whenever the set of listed products does. */
export async function gateVersion(): Promise<string> {
  return (await ocopGet<{ version: string }>("/store/ocop/gate", {}, {})).version
}

export function listProducts({ locale, ...query }: ProductListQuery, signal?: AbortSignal) {
  return ocopGet<ProductListResponse>("/store/ocop/products", query, {
    signal,
    locale,
  })
}

export function getProduct(handle: string, locale: Locale, signal?: AbortSignal) {
  return ocopGet<ProductDetailResponse>(
    `/store/ocop/products/${encodeURIComponent(handle)}`,
    {},
    { signal, locale },
  )
}

/** A product's page data, or null when the certificate gate no longer lists it. */
export async function findListedProduct(handle: string, locale: Locale, signal?: AbortSignal) {
  const found = await ocopFind<ProductDetailResponse>(
    `/store/ocop/products/${encodeURIComponent(handle)}`,
    {},
    { signal, locale },
  )
  return found?.product ?? null
}

export function getCertificate(certificateNumber: string, signal?: AbortSignal) {
  return ocopGet<CertificateResponse>(
    `/store/ocop/certificates/${encodeURIComponent(certificateNumber)}`,
    {},
    { signal },
  )
}

export function getProducer(handle: string, locale: Locale, signal?: AbortSignal) {
  return ocopGet<ProducerResponse>(
    `/store/ocop/producers/${encodeURIComponent(handle)}`,
    {},
    { signal, locale },
  )
}

export function listPlaces(
  query: { province?: string; type?: DirectoryPlaceType; limit: number; offset?: number },
  signal?: AbortSignal,
) {
  return ocopGet<PlaceListResponse>("/store/ocop/places", query, {
    signal,
  })
}
