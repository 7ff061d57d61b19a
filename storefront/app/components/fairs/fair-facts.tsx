import { useTranslation } from "react-i18next"
import type { DatedFair } from "#app/lib/fairs/format.ts"
import type { FairSummary } from "@ocop/shared"
import { Facts } from "#app/components/ui/facts.tsx"

/** When and where a fair runs. */
export function FairFacts({ fair }: { fair: DatedFair<FairSummary> }) {
  const { t } = useTranslation("fairs")
  return (
    <Facts
      className="facts facts--compact"
      facts={[
        [t("facts.dates"), fair.dates],
        [t("facts.venue"), fair.venue],
        [t("facts.province"), fair.province],
      ]}
    />
  )
}
