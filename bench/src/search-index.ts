// The backend seeds a never-seeded search index in the background after it starts (the first
// run on a fresh catalogue); measuring before it is ready would time the table fallback instead.
import { tagged } from "../../scripts/lib/log.js"
import { adminFetch } from "../../test/support/admin-api"
import { expectJson } from "../../test/support/http"

type SearchIndex = { name: string; status: string }

export async function waitForSearchIndexes(timeoutMs = 30 * 60_000) {
  const started = Date.now()
  let lastReport = 0
  for (;;) {
    const { search_indexes } = await expectJson<{ search_indexes: SearchIndex[] }>(
      await adminFetch("/admin/search-indexes"),
      200,
    )
    const waiting = search_indexes.filter((index) => index.status !== "ready")
    if (!waiting.length) return
    const elapsed = Date.now() - started
    if (elapsed > timeoutMs) {
      throw new Error(`search indexes not ready: ${waiting.map((i) => i.name).join(", ")}`)
    }
    if (elapsed - lastReport >= 30_000 || !lastReport) {
      lastReport = elapsed || 1
      const states = waiting.map((index) => `${index.name} ${index.status}`).join(", ")
      tagged("bench", `waiting for the search index (${states}), ${Math.round(elapsed / 1000)} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000))
  }
}
