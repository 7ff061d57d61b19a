import { useTranslation } from "react-i18next"
import type { FairStatus } from "@ocop/shared"

export function FairStatusBadge({ status }: { status: FairStatus }) {
  const { t } = useTranslation("fairs")
  return (
    <span className="fair-status" data-status={status}>
      {t(`status.${status}`)}
    </span>
  )
}
