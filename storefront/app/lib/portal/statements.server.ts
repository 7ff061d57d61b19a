import { getEnv } from "../core/env.server.ts"
import { portalApi } from "./api.server.ts"
import { statementPeriod, type StatementList } from "./statements.ts"

const call = portalApi("Statements API", 10_000)

/**
 * Consignment statements from the backend: `/producer/statements` for the signed-in producer,
 * `/staff/places/:id/statements` for a place's staff (404 for another place's).
 */
export function listStatements(
  path: string,
  token: string,
  period: { from?: string; to?: string },
  signal?: AbortSignal,
) {
  return call<StatementList>(path, { token, query: period, signal })
}

/**
 * A portal's CSV download of the statements for the period in the request's address: the
 * backend's file passed on, or the backend's status (401 signed out, 404 not theirs).
 */
export async function statementsCsvResponse(
  path: string,
  token: string | null | undefined,
  request: Request,
): Promise<Response> {
  if (!token) return new Response("Signed out", { status: 401 })
  const url = new URL(path, getEnv().MEDUSA_BACKEND_URL)
  url.searchParams.set("format", "csv")
  const period = statementPeriod(new URL(request.url))
  for (const [key, value] of Object.entries(period)) if (value) url.searchParams.set(key, value)
  const backend = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.any([request.signal, AbortSignal.timeout(20_000)]),
  }).catch(() => null)
  if (!backend?.ok) return new Response("Unavailable", { status: backend?.status ?? 502 })
  return new Response(backend.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition":
        backend.headers.get("content-disposition") ?? 'attachment; filename="statements.csv"',
    },
  })
}
