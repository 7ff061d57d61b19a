import { StatusBadge } from "@medusajs/ui"
import type { ListingVerdict } from "../lib/listing-verdict"

type ListingBadgeProps = { verdict: ListingVerdict }

/** Whether shoppers can see and buy the product right now. */
export const ListingBadge = ({ verdict }: ListingBadgeProps) =>
  verdict.listed ? (
    <StatusBadge color="green">Listed for shoppers</StatusBadge>
  ) : (
    <StatusBadge color="red">Not listed — {verdict.reason}</StatusBadge>
  )
