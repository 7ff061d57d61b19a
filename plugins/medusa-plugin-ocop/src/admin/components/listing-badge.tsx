import { StatusBadge } from "@medusajs/ui"
import { MIN_LISTABLE_STARS } from "@ocop/shared"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { ListingVerdict } from "../lib/listing-verdict"

type ListingBadgeProps = { verdict: ListingVerdict }

/** Whether shoppers can see and buy the product right now, and if not, the server's reason. */
export const ListingBadge = ({ verdict }: ListingBadgeProps) => {
  const { t, formatDate } = useOcopTranslation()
  if (verdict.listed) return <StatusBadge color="green">{t("listing.listed")}</StatusBadge>
  const reason = t(`listing.reasons.${verdict.reason}`, {
    stars: verdict.current?.stars ?? "?",
    min: MIN_LISTABLE_STARS,
    date: verdict.current ? formatDate(verdict.current.expires_at) : "?",
  })
  return <StatusBadge color="red">{t("listing.notListed", { reason })}</StatusBadge>
}
