import type { ProductSearcher } from "./engine"
import { productSearchSettings, VOCABULARY_FIELDS } from "./schema"

/** Folded words of product names, producers, places and groups, with how many products use each. */
export type Vocabulary = Map<string, number>

/** A vocabulary is rebuilt in the background once it is this old; searches never wait for that. */
export const VOCABULARY_TTL_MS = 5 * 60_000
/** More products than the national programme certifies; the words of all of them fit in memory. */
const VOCABULARY_SCAN = 100_000

export function buildVocabulary(documents: Record<string, unknown>[]): Vocabulary {
  const vocabulary: Vocabulary = new Map()
  for (const document of documents) {
    const words = new Set(
      VOCABULARY_FIELDS.flatMap((field) => String(document[field] ?? "").split(/[^\p{L}\p{N}]+/u)),
    )
    for (const word of words) if (word) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1)
  }
  return vocabulary
}

/** Edit distance with transpositions (Damerau), giving up beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
      }
      best = Math.min(best, rows[i][j])
    }
    if (best > max) return max + 1
  }
  return rows[a.length][b.length]
}

/**
 * The query with each unknown word replaced by the closest known one, or undefined when there
 * is nothing to correct. Typo budget as Meilisearch's: one typo from 5 letters, two from 9;
 * shorter words (most Vietnamese syllables) must be spelt right. Ties go to the commoner word.
 */
export function correctQuery(q: string, vocabulary: Vocabulary): string | undefined {
  const typo = productSearchSettings.typo_tolerance
  const one = typo?.min_word_size_for_one_typo ?? 5
  const two = typo?.min_word_size_for_two_typos ?? 9
  let changed = false
  const words = q.split(" ").map((word) => {
    if (word.length < one || vocabulary.has(word)) return word
    const budget = word.length >= two ? 2 : 1
    let best: { word: string; distance: number; count: number } | undefined
    for (const [known, count] of vocabulary) {
      const distance = editDistance(word, known, budget)
      if (distance > budget) continue
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          (count > best.count || (count === best.count && known < best.word)))
      ) {
        best = { word: known, distance, count }
      }
    }
    if (!best) return word
    changed = true
    return best.word
  })
  return changed ? words.join(" ") : undefined
}

const cache = new Map<string, { vocabulary: Promise<Vocabulary>; at: number }>()

async function load(searcher: ProductSearcher): Promise<Vocabulary> {
  const { hits } = await searcher.search({
    entity: searcher.index,
    fields: VOCABULARY_FIELDS,
    pagination: { skip: 0, take: VOCABULARY_SCAN },
    search_options: { count: "none" },
  })
  return buildVocabulary(hits.map((hit) => hit.document))
}

/** The index's vocabulary: built on first need, then refreshed in the background. */
export async function vocabularyOf(searcher: ProductSearcher): Promise<Vocabulary> {
  const cached = cache.get(searcher.index)
  if (!cached) {
    const vocabulary = load(searcher)
    cache.set(searcher.index, { vocabulary, at: Date.now() })
    vocabulary.catch(() => cache.delete(searcher.index))
    return vocabulary
  }
  if (Date.now() - cached.at > VOCABULARY_TTL_MS) {
    cached.at = Date.now()
    load(searcher).then(
      (fresh) => cache.set(searcher.index, { vocabulary: Promise.resolve(fresh), at: Date.now() }),
      () => undefined,
    )
  }
  return cached.vocabulary
}
