import type { Random } from "../lib/random"

/** The council result a generated product gets: stars, score, age of certificate, revocation. */
export type Result = { stars: number; score: number; issued_months_ago: number; revoked?: string }

/** Share of generated products whose result keeps them away from shoppers (0 in the demo). */
export type ResultMix = { unlisted: number }

/** A score inside the star band of Decision 148: 50–69 → 3★, 70–89 → 4★, 90–100 → 5★. */
const bands: Record<number, readonly [number, number]> = {
  1: [10, 29],
  2: [30, 49],
  3: [50, 69],
  4: [70, 89],
  5: [90, 98],
}

const score = (random: Random, stars: number) => random.int(...bands[stars])

/** A current 3–5★ result, or (for `unlisted` of them) one that must never reach shoppers. */
export function certificateResult(random: Random, flagship: boolean, mix: ResultMix): Result {
  const issued = Math.round((1 + random.next() * 31) * 10) / 10
  if (random.chance(mix.unlisted)) {
    const kind = random.weighted([
      ["low", 60],
      ["expired", 25],
      ["revoked", 15],
    ] as const)
    if (kind === "low") {
      const stars = random.chance(0.75) ? 2 : 1
      return { stars, score: score(random, stars), issued_months_ago: issued }
    }
    const stars = random.chance(0.6) ? 3 : 4
    if (kind === "expired") {
      return { stars, score: score(random, stars), issued_months_ago: 37 + random.int(0, 12) }
    }
    return {
      stars,
      score: score(random, stars),
      issued_months_ago: issued,
      revoked: "Không đánh giá lại đúng hạn theo quyết định của tỉnh.",
    }
  }
  const stars = flagship && random.chance(0.15) ? 5 : random.chance(0.38) ? 4 : 3
  return { stars, score: score(random, stars), issued_months_ago: issued }
}
