/** Maps `items` with at most `limit` calls of `fn` at a time, keeping the order. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = []
  let next = 0
  async function worker() {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** A value computed at most once per `ttlMs`; a failure is not kept. */
export function cached<T>(ttlMs: number, compute: () => Promise<T>): () => Promise<T> {
  let entry: { at: number; value: Promise<T> } | undefined
  return () => {
    const now = Date.now()
    if (!entry || now - entry.at > ttlMs) {
      const value = compute()
      entry = { at: now, value }
      value.catch(() => {
        if (entry?.value === value) entry = undefined
      })
    }
    return entry.value
  }
}
