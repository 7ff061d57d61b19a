export type PageItem = { kind: "page"; page: number } | { kind: "gap"; key: string }

/** Page numbers to show: the first, the last, and the current one with its neighbours. */
export function paginationItems(current: number, total: number): PageItem[] {
  const pages = new Set([1, total, current - 1, current, current + 1])
  const sorted = [...pages].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b)
  const items: PageItem[] = []
  for (const page of sorted) {
    const previous = items.at(-1)
    if (previous?.kind === "page" && page - previous.page > 1) {
      items.push({ kind: "gap", key: `gap-${page}` })
    }
    items.push({ kind: "page", page })
  }
  return items
}
