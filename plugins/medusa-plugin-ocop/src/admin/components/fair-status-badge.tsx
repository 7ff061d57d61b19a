import { StatusBadge } from "@medusajs/ui"
import type { FairStatus } from "@ocop/shared"

const LABELS: Record<FairStatus, string> = { upcoming: "Upcoming", live: "On now", ended: "Ended" }
const COLORS: Record<FairStatus, "blue" | "green" | "grey"> = {
  upcoming: "blue",
  live: "green",
  ended: "grey",
}

export const FairStatusBadge = ({ status }: { status: FairStatus }) => (
  <StatusBadge color={COLORS[status]}>{LABELS[status]}</StatusBadge>
)
