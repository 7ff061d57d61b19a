import { useTranslation } from "react-i18next"
import type { DatedFair } from "#app/lib/fairs/format.ts"
import type { FairSummary } from "@ocop/shared"

/** When and where a fair runs. */
export function FairFacts({ fair }: { fair: DatedFair<FairSummary> }) {
  const { t } = useTranslation("fairs")
  return (
    <dl className="facts facts--compact">
      <dt>{t("facts.dates")}</dt>
      <dd>{fair.dates}</dd>
      <dt>{t("facts.venue")}</dt>
      <dd>{fair.venue}</dd>
      <dt>{t("facts.province")}</dt>
      <dd>{fair.province}</dd>
    </dl>
  )
}
