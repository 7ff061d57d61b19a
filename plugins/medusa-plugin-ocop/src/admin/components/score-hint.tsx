import { levelsForStars, starsForScore } from "../../modules/ocop/lib/certification-rules"
import { LEVEL_LABELS } from "../lib/labels"

const BANDS: Record<number, string> = {
  1: "under 30",
  2: "30–49",
  3: "50–69",
  4: "70–89",
  5: "90–100",
}

type ScoreHintProps = { score: number | null }

/** What a score earns under Decision 148/QĐ-TTg, shown live while the officer types. */
export const ScoreHint = ({ score }: ScoreHintProps) => {
  if (score === null)
    return <>Bands: &lt;30 → 1★, 30–49 → 2★, 50–69 → 3★, 70–89 → 4★, 90–100 → 5★.</>
  const stars = starsForScore(score)
  const level = LEVEL_LABELS[levelsForStars(stars)[0]]
  return (
    <>
      {score} points is in the {BANDS[stars]} band: {stars}★, certified at {level.toLowerCase()}{" "}
      level.{stars < 3 && " 1–2★ results are recorded but never listed for shoppers."}
    </>
  )
}
