import {
  LEGACY_PRODUCT_GROUPS,
  PRODUCT_GROUPS,
  type CertificationLevel,
  type CertificationState,
  type LegalForm,
  type ProductGroup,
} from "@ocop/shared"

/** English labels for the programme's vocabulary, with the Vietnamese term officers know. */

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  cooperative: "Cooperative (HTX)",
  cooperative_group: "Cooperative group (tổ hợp tác)",
  enterprise: "Enterprise (doanh nghiệp)",
  household_business: "Household business (hộ kinh doanh)",
}

export const PRODUCT_GROUP_LABELS: Record<ProductGroup, string> = {
  food: "Food (thực phẩm)",
  drink: "Drinks (đồ uống)",
  herbal: "Herbs and herbal products (dược liệu)",
  handicraft: "Handicrafts (thủ công mỹ nghệ)",
  ornamental: "Ornamental plants and creatures (sinh vật cảnh)",
  tourism: "Community and eco-tourism (du lịch cộng đồng)",
}

const LEGACY_GROUP_NAMES: Record<keyof typeof LEGACY_PRODUCT_GROUPS, string> = {
  food: "Food",
  drinks: "Drinks",
  herbs: "Herbs",
  textiles_garments: "Textiles and garments",
  souvenirs_furniture_decoration: "Souvenirs, furniture and decoration",
  rural_tourism: "Rural tourism services",
}

/** Groups of Decision 1048/QĐ-TTg that differ from the current six, with where they map. */
export const LEGACY_GROUP_OPTIONS = Object.entries(LEGACY_PRODUCT_GROUPS)
  .filter(([legacy]) => !(PRODUCT_GROUPS as readonly string[]).includes(legacy))
  .map(([legacy, current]) => ({
    value: legacy,
    label: `${LEGACY_GROUP_NAMES[legacy as keyof typeof LEGACY_PRODUCT_GROUPS]} → ${PRODUCT_GROUP_LABELS[current]}`,
  }))

export const LEVEL_LABELS: Record<CertificationLevel, string> = {
  local: "Local (cấp xã)",
  provincial: "Provincial (cấp tỉnh)",
  national: "National (cấp trung ương)",
}

export const STATE_LABELS: Record<CertificationState, string> = {
  active: "Active",
  expired: "Expired (hết hạn)",
  revoked: "Revoked (thu hồi)",
}

export const STATE_COLORS: Record<CertificationState, "green" | "orange" | "red"> = {
  active: "green",
  expired: "orange",
  revoked: "red",
}
