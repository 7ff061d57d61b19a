import { StatusBadge } from "@medusajs/ui"
import { STAFF_STATUS_LABELS } from "../lib/network-labels"
import type { StaffUserStatus } from "../lib/network-types"

type StaffStatusBadgeProps = { status: StaffUserStatus }

export const StaffStatusBadge = ({ status }: StaffStatusBadgeProps) => (
  <StatusBadge color={status === "active" ? "green" : "grey"} className="whitespace-nowrap">
    {STAFF_STATUS_LABELS[status]}
  </StatusBadge>
)
