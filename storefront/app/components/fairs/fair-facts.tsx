import { useTranslation } from "react-i18next"
import { formatDateRange } from "#app/lib/fair-format.ts"
import type { FairSummary } from "#app/lib/ocop-types.ts"
import { useLocale } from "#app/lib/use-locale.ts"

/** When and where a fair runs. */
export function FairFacts({ fair }: { fair: FairSummary }) {
  const { t } = useTranslation("fairs")
  const locale = useLocale()
  return (
    <dl className="facts facts--compact">
      <dt>{t("facts.dates")}</dt>
      <dd>{formatDateRange(fair.starts_at, fair.ends_at, locale)}</dd>
      <dt>{t("facts.venue")}</dt>
      <dd>{fair.venue}</dd>
      <dt>{t("facts.province")}</dt>
      <dd>{fair.province}</dd>
    </dl>
  )
}
