import { Badge } from "@medusajs/ui"
import { EXPIRY_NOTICE_DAYS } from "../../modules/ocop/lib/constants"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { daysUntil } from "../lib/dates"

type ExpiryCountdownProps = { expiresAt: string }

/** Days left on a certificate; inside the 30-day notice window it turns into a warning. */
export const ExpiryCountdown = ({ expiresAt }: ExpiryCountdownProps) => {
  const { t } = useOcopTranslation()
  const days = daysUntil(expiresAt)
  if (days <= 0)
    return (
      <Badge size="2xsmall" color="red">
        {t("expiry.expired")}
      </Badge>
    )
  const text = t("expiry.daysLeft", { count: days })
  if (days < EXPIRY_NOTICE_DAYS) {
    return (
      <Badge size="2xsmall" color="orange" title={t("expiry.noticeTitle")}>
        {t("expiry.due", { text })}
      </Badge>
    )
  }
  return (
    <Badge size="2xsmall" color="grey">
      {text}
    </Badge>
  )
}
