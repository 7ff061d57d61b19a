import { levelsForStars, starsForScore } from "../../modules/ocop/lib/certification-rules"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type ScoreHintProps = { score: number | null }

/** What a score earns under Decision 148/QĐ-TTg, shown live while the officer types. */
export const ScoreHint = ({ score }: ScoreHintProps) => {
  const { t } = useOcopTranslation()
  if (score === null) return <>{t("scoreHint.bands")}</>
  const stars = starsForScore(score)
  const level = t(`level.${levelsForStars(stars)[0]}`)
  return (
    <>
      {t("scoreHint.earns", { score, band: t(`scoreHint.band${stars}`), stars, level })}
      {stars < 3 && ` ${t("scoreHint.notListed")}`}
    </>
  )
}
