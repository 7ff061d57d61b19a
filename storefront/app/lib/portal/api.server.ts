import { data } from "react-router"
import { getEnv } from "../core/env.server.ts"

/**
 * Calls from the portals (producer, staff) to their backend APIs and the actors' auth routes.
 * The actor's JWT comes from the portal's session cookie and is passed per call.
 */

/**
 * What the backend's input check refused (`refuse-bad-input.ts` of the OCOP plugin): a machine
 * code ("unsafe_text", "whole_units", "media_url") and the field, as a dotted path.
 */
export type InputProblem = { code: string; field: string }

/** Which page of a list a portal API call asks for. */
export type PageQuery = { limit: number; offset: number }

/** The backend answered 4xx: the caller decides (sign in again, show a field error, 404…). */
export class PortalApiError extends Error {
  override name = "PortalApiError"
  constructor(
    readonly status: number,
    message: string,
    /** Seconds, from `Retry-After` on a 429. */
    readonly retryAfter: number | null = null,
    /** The backend's machine code for the refusal, when it sends one (e.g. invitation_expired). */
    readonly code: string | null = null,
    /** The field the refusal names, when the backend's input check refused one. */
    readonly field: string | null = null,
  ) {
    super(message)
  }

  /** Set when the 400 names the code and field it refused. */
  get problem(): InputProblem | null {
    return this.code && this.field ? { code: this.code, field: this.field } : null
  }
}

export type PortalCall = {
  token?: string | null
  method?: "GET" | "POST"
  /** JSON, or a multipart form (uploads). */
  body?: unknown
  /** Empty and undefined values are left out. */
  query?: Record<string, string | number | undefined>
  signal?: AbortSignal
  timeoutMs?: number
  /** Extra request headers (e.g. the shopper's address on sign-in: edge.server.ts). */
  headers?: Record<string, string>
}

/** A string property of the refusal's body (its `code`, its `field`), if it has one. */
function stringOf(payload: unknown, key: "code" | "field"): string | null {
  if (typeof payload !== "object" || payload === null) return null
  const value = (payload as Record<string, unknown>)[key]
  return typeof value === "string" ? value : null
}

function messageOf(payload: unknown, fallback: string): string {
  if (typeof payload === "object" && payload !== null && "message" in payload) {
    const { message } = payload
    if (typeof message === "string") return message
  }
  return fallback
}

/**
 * A portal's API caller: JSON back, a `PortalApiError` on 4xx, and a 502 response (logged
 * under `label`) when the backend fails or cannot be reached within the time allowed.
 */
export function portalApi(label: string, defaultTimeoutMs: number) {
  return async function call<T>(path: string, options: PortalCall = {}): Promise<T> {
    const method = options.method ?? "GET"
    const url = new URL(path, getEnv().MEDUSA_BACKEND_URL)
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== "") url.searchParams.set(key, String(value))
    }
    const headers = new Headers({ ...options.headers, accept: "application/json" })
    if (options.token) headers.set("authorization", `Bearer ${options.token}`)
    let body: BodyInit | undefined
    if (options.body instanceof FormData) {
      body = options.body
    } else if (options.body !== undefined) {
      headers.set("content-type", "application/json")
      body = JSON.stringify(options.body)
    }
    const timeout = AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs)
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
    let response: Response
    try {
      response = await fetch(url, { method, headers, body, signal })
    } catch (error) {
      if (!options.signal?.aborted) console.error(`${label}: ${method} ${path} failed`, error)
      throw data({ message: "backend_unavailable" }, { status: 502 })
    }
    const payload: unknown = await response.json().catch(() => null)
    if (response.ok) return payload as T
    if (response.status >= 400 && response.status < 500) {
      const retryAfter = Number(response.headers.get("retry-after")) || null
      throw new PortalApiError(
        response.status,
        messageOf(payload, response.statusText),
        retryAfter,
        stringOf(payload, "code"),
        stringOf(payload, "field"),
      )
    }
    console.error(`${label}: ${method} ${path} answered ${response.status}`, payload)
    throw data({ message: "backend_unavailable" }, { status: 502 })
  }
}
