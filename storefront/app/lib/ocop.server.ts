import { FetchError } from "@medusajs/js-sdk"
import { data } from "react-router"
import { getMedusa } from "./medusa.server.ts"
import type {
  CertificateResponse,
  ProductDetailResponse,
  ProductListQuery,
  ProductListResponse,
} from "./ocop-types.ts"

const timeoutMs = 8_000

type Query = Record<string, string | number | undefined>

/**
 * GET a store route of the OCOP backend. A 404 for a single record becomes a thrown 404
 * for the route's boundary; anything else the backend does wrong becomes a 502.
 */
async function ocopGet<T>(
  path: string,
  query: Query,
  { signal, notFoundIs404 }: { signal?: AbortSignal; notFoundIs404: boolean },
): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs)
  try {
    return await getMedusa().client.fetch<T>(path, {
      query,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
  } catch (error) {
    if (notFoundIs404 && error instanceof FetchError && error.status === 404) {
      throw data({ message: "not_found" }, { status: 404 })
    }
    if (!signal?.aborted) console.error(`OCOP backend: GET ${path} failed`, error)
    throw data({ message: "backend_unavailable" }, { status: 502 })
  }
}

export function listProducts(query: ProductListQuery, signal?: AbortSignal) {
  return ocopGet<ProductListResponse>("/store/ocop/products", query, {
    signal,
    notFoundIs404: false,
  })
}

export function getProduct(handle: string, locale: string, signal?: AbortSignal) {
  return ocopGet<ProductDetailResponse>(
    `/store/ocop/products/${encodeURIComponent(handle)}`,
    { locale },
    { signal, notFoundIs404: true },
  )
}

export function getCertificate(certificateNumber: string, signal?: AbortSignal) {
  return ocopGet<CertificateResponse>(
    `/store/ocop/certificates/${encodeURIComponent(certificateNumber)}`,
    {},
    { signal, notFoundIs404: true },
  )
}
