import { useTranslation } from "react-i18next"
import { formatVnd } from "#app/lib/i18n/format.ts"
import type { Money } from "@ocop/shared"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export function Price({ money }: { money: Money | null }) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (!money) return <span className="price price--missing">{t("price.unavailable")}</span>
  return (
    <data className="price" value={money.amount}>
      {formatVnd(money.amount, locale)}
    </data>
  )
}
