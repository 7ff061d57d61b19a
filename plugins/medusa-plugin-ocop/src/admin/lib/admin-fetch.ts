/**
 * A refusal of the admin API, with what its body says: the English `message`, and the stable
 * `code` (and `field`) the screens translate (`refusals.<code>` in i18n/json). The JS SDK's
 * FetchError keeps only the message, so OCOP calls go through `adminFetch` instead.
 */
export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
    readonly field: string | null,
  ) {
    super(message)
  }
}

type Request = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: Record<string, string | number>
}

/** Where the API is: the admin bundler's `__BACKEND_URL__` ("/" when served by the backend). */
const apiUrl = (path: string, query: Request["query"]) => {
  const root = new URL(__BACKEND_URL__ || "/", window.location.origin)
  const url = new URL(`${root.pathname.replace(/\/$/, "")}${path}`, root.origin)
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, String(value))
  return url
}

/** A call to the admin API with the officer's session cookie, as the SDK makes it. */
export async function adminFetch<T>(path: string, { method = "GET", body, query }: Request = {}) {
  const response = await fetch(apiUrl(path, query), {
    method,
    credentials: "include",
    headers: { accept: "application/json", "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) {
    const { message, code, field } = json as { message?: string; code?: string; field?: string }
    throw new AdminApiError(
      message || response.statusText,
      response.status,
      code ?? null,
      field ?? null,
    )
  }
  return json as T
}
