import type { CertificationState, ListableLevel, LegalForm, ProductGroup } from "@ocop/shared"

/** Translation keys for the backend's vocabulary, so slugs never reach the page as text. */

export function groupLabelKey(group: ProductGroup) {
  return `groups.${group}` as const
}

export function legalFormLabelKey(legalForm: LegalForm) {
  return `legalForm.${legalForm}` as const
}

export function levelLabelKey(level: ListableLevel) {
  return `level.${level}` as const
}

export function certificateStateLabelKey(state: CertificationState) {
  return `certificate.state.${state}` as const
}
