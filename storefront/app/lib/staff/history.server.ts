import type { RouterContextProvider } from "react-router"
import { staffRead } from "./auth.server.ts"
import { staffSeo, staffT } from "./meta.server.ts"
import { historyPerPage, pageNumber, type HistorySection } from "./movements.ts"

/** The rows of one page of a list: `limit` rows from `offset`. */
export type PageWindow = { limit: number; offset: number }

/**
 * A staff list page's data (movements, receipts, shifts, orders): its title for the head, the
 * page `?page=` asks for (of `historyPerPage` rows), that page's rows from `load` (with the whole list's `count`) and how
 * many pages the whole list fills.
 */
export async function readHistoryPage<T extends { count: number }>(
  { context, request }: { context: Readonly<RouterContextProvider>; request: Request },
  section: HistorySection,
  load: (token: string, window: PageWindow, signal: AbortSignal) => Promise<T>,
) {
  const perPage = historyPerPage[section]
  const page = pageNumber(new URL(request.url))
  const window = { limit: perPage, offset: (page - 1) * perPage }
  const result = await staffRead({ context, request }, (token, signal) =>
    load(token, window, signal),
  )
  return {
    seo: staffSeo(context, staffT(context)(`${section}.title`)),
    result,
    page,
    pageCount: Math.max(1, Math.ceil(result.count / perPage)),
  }
}
