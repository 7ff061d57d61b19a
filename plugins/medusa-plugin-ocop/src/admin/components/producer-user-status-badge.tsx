import { StatusBadge } from "@medusajs/ui"
import type { ProducerUserStatus } from "@ocop/shared"
import { PRODUCER_USER_STATUS_COLORS, PRODUCER_USER_STATUS_LABELS } from "../lib/network-labels"

type ProducerUserStatusBadgeProps = { status: ProducerUserStatus }

export const ProducerUserStatusBadge = ({ status }: ProducerUserStatusBadgeProps) => (
  <StatusBadge color={PRODUCER_USER_STATUS_COLORS[status]} className="whitespace-nowrap">
    {PRODUCER_USER_STATUS_LABELS[status]}
  </StatusBadge>
)
