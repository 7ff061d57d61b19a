// Minimal clients for black-box HTTP tests against the running backend.
import { backendUrl, publishableKey } from "./env"

/** GET/POST a Store API path (e.g. "/store/regions") with the publishable key. */
export function storeFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set("x-publishable-api-key", publishableKey())
  if (init.body !== undefined && !headers.has("content-type")) {
    headers.set("content-type", "application/json")
  }
  return fetch(new URL(path, backendUrl()), { ...init, headers })
}

/** GET a path on the backend without any credentials. */
export function backendFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(new URL(path, backendUrl()), init)
}
