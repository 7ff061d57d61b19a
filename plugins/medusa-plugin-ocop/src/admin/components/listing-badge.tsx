import { StatusBadge } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { ListingVerdict } from "../lib/listing-verdict"

type ListingBadgeProps = { verdict: ListingVerdict }

/** Whether shoppers can see and buy the product right now. */
export const ListingBadge = ({ verdict }: ListingBadgeProps) => {
  const { t } = useOcopTranslation()
  return verdict.listed ? (
    <StatusBadge color="green">{t("listing.listed")}</StatusBadge>
  ) : (
    <StatusBadge color="red">{t("listing.notListed", { reason: verdict.reason })}</StatusBadge>
  )
}
