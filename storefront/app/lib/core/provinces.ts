/**
 * Vietnam's 34 provinces and centrally run cities since 1 July 2025 (Resolution 202/2025/QH15),
 * in Vietnamese alphabetical order. Addresses are province → commune; districts are gone.
 */
export const provinces = [
  "An Giang",
  "Bắc Ninh",
  "Cà Mau",
  "Cao Bằng",
  "Cần Thơ",
  "Đà Nẵng",
  "Đắk Lắk",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Nội",
  "Hà Tĩnh",
  "Hải Phòng",
  "Hồ Chí Minh",
  "Huế",
  "Hưng Yên",
  "Khánh Hòa",
  "Lai Châu",
  "Lạng Sơn",
  "Lào Cai",
  "Lâm Đồng",
  "Nghệ An",
  "Ninh Bình",
  "Phú Thọ",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sơn La",
  "Tây Ninh",
  "Thái Nguyên",
  "Thanh Hóa",
  "Tuyên Quang",
  "Vĩnh Long",
] as const

export type Province = (typeof provinces)[number]

export function isProvince(value: string): value is Province {
  return (provinces as readonly string[]).includes(value)
}

/**
 * Suggestions for the commune field where the demo catalogue's producers and centres are;
 * any other commune is typed freely.
 */
export const communeSuggestions: Partial<Record<Province, readonly string[]>> = {
  "Đà Nẵng": ["Trà My", "Trà Linh", "Tiên Phước", "Nông Sơn", "Nam Giang", "Đông Giang", "Hội An"],
  "Đắk Lắk": ["Buôn Ma Thuột", "Ea Kar", "Krông Pắc", "Cư M'gar", "Tân Lập", "Tuy Hòa"],
  "Quảng Ngãi": ["Kon Tum", "Tu Mơ Rông", "Kon Rẫy", "Cẩm Thành"],
  "Lai Châu": ["Tam Đường", "Tân Phong"],
  "Điện Biên": ["Thanh Xương", "Mường Phăng", "Điện Biên Phủ"],
}

/** Provinces for a filter: the current 34 plus any older name still found in the data. */
export function provinceOptions(fromData: readonly string[]): string[] {
  const extra = fromData.filter((name) => !isProvince(name))
  return [...provinces, ...new Set(extra)].sort((a, b) => a.localeCompare(b, "vi"))
}
