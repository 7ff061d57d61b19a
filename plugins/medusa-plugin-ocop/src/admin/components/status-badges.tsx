import { StatusBadge } from "@medusajs/ui"
import type {
  CertificationState,
  FairStatus,
  ProducerUserStatus,
  StaffUserStatus,
} from "@ocop/shared"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { STATE_COLORS } from "../lib/labels"
import { PRODUCER_USER_STATUS_COLORS } from "../lib/network-labels"

type Color = "green" | "orange" | "red" | "blue" | "grey"

/** A translated status with its colour; `kind` is the translation group, e.g. "staffStatus". */
const Status = ({ kind, value, color }: { kind: string; value: string; color: Color }) => {
  const { t } = useOcopTranslation()
  return (
    <StatusBadge color={color} className="whitespace-nowrap">
      {t(`${kind}.${value}`)}
    </StatusBadge>
  )
}

export const CertificationStateBadge = ({ state }: { state: CertificationState }) => (
  <Status kind="certState" value={state} color={STATE_COLORS[state]} />
)

export const ProducerUserStatusBadge = ({ status }: { status: ProducerUserStatus }) => (
  <Status kind="producerUserStatus" value={status} color={PRODUCER_USER_STATUS_COLORS[status]} />
)

export const StaffStatusBadge = ({ status }: { status: StaffUserStatus }) => (
  <Status kind="staffStatus" value={status} color={status === "active" ? "green" : "grey"} />
)

const FAIR_COLORS: Record<FairStatus, Color> = { upcoming: "blue", live: "green", ended: "grey" }

export const FairStatusBadge = ({ status }: { status: FairStatus }) => (
  <Status kind="fairStatus" value={status} color={FAIR_COLORS[status]} />
)
