import { Badge } from "@medusajs/ui"
import { EXPIRY_NOTICE_DAYS } from "../../modules/ocop/lib/constants"
import { daysUntil } from "../lib/dates"

type ExpiryCountdownProps = { expiresAt: string }

/** Days left on a certificate; inside the 30-day notice window it turns into a warning. */
export const ExpiryCountdown = ({ expiresAt }: ExpiryCountdownProps) => {
  const days = daysUntil(expiresAt)
  if (days <= 0)
    return (
      <Badge size="2xsmall" color="red">
        Expired
      </Badge>
    )
  const text = days === 1 ? "1 day left" : `${days} days left`
  if (days < EXPIRY_NOTICE_DAYS) {
    return (
      <Badge
        size="2xsmall"
        color="orange"
        title="Inside the 30-day notice window: re-evaluate soon"
      >
        {text} — re-evaluation due
      </Badge>
    )
  }
  return (
    <Badge size="2xsmall" color="grey">
      {text}
    </Badge>
  )
}
