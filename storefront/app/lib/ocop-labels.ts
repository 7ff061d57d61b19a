import type { CertificateState, CertificationLevel, LegalForm, ProductGroup } from "./ocop-types.ts"

/** Translation keys for the backend's vocabulary, so slugs never reach the page as text. */

export function groupLabelKey(group: ProductGroup) {
  return `groups.${group}` as const
}

export function legalFormLabelKey(legalForm: LegalForm) {
  return `legalForm.${legalForm}` as const
}

export function levelLabelKey(level: CertificationLevel) {
  return `level.${level}` as const
}

export function certificateStateLabelKey(state: CertificateState) {
  return `certificate.state.${state}` as const
}
