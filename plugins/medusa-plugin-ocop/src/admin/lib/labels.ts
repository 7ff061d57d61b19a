import { LEGACY_PRODUCT_GROUPS, PRODUCT_GROUPS, type CertificationState } from "@ocop/shared"
import type { OcopT } from "../hooks/use-ocop-translation"

/** The programme's vocabulary is translated under `legalForm.*`, `productGroup.*`, `level.*`… */

/** Groups of Decision 1048/QĐ-TTg that differ from the current six, with where they map. */
export const legacyGroupOptions = (t: OcopT) =>
  Object.entries(LEGACY_PRODUCT_GROUPS)
    .filter(([legacy]) => !(PRODUCT_GROUPS as readonly string[]).includes(legacy))
    .map(([legacy, current]) => ({
      value: legacy,
      label: `${t(`legacyGroup.${legacy}`)} → ${t(`productGroup.${current}`)}`,
    }))

export const STATE_COLORS: Record<CertificationState, "green" | "orange" | "red"> = {
  active: "green",
  expired: "orange",
  revoked: "red",
}
