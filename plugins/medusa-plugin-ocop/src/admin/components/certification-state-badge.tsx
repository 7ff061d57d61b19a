import { StatusBadge } from "@medusajs/ui"
import type { CertificationState } from "@ocop/shared"
import { STATE_COLORS, STATE_LABELS } from "../lib/labels"

type CertificationStateBadgeProps = { state: CertificationState }

export const CertificationStateBadge = ({ state }: CertificationStateBadgeProps) => (
  <StatusBadge color={STATE_COLORS[state]} className="whitespace-nowrap">
    {STATE_LABELS[state]}
  </StatusBadge>
)
