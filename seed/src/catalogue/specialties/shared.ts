import { packs } from "./types"

/** Kinds and stories several highland provinces share. */
export const orchids = [
  ["{s} Kim điệp", "Dendrobium chrysotoxum {s}", packs.orchid],
  ["{s} Hoàng thảo trúc mành", "Dendrobium aphyllum {s}", packs.orchid],
  ["{s} Đuôi cáo", "foxtail {s}", packs.orchid],
] as const

export const orchidStory = {
  vi: "Lan nhân giống trong vườn ươm của hợp tác xã, không khai thác lan rừng tự nhiên.",
  en: "Orchids propagated in the cooperative's nursery, never taken from the wild.",
}

export const brocade = [
  ["Khăn choàng {s}", "{s} shawl", packs.shawl],
  ["Túi {s}", "{s} bag", packs.bag],
  ["Khăn trải bàn {s}", "{s} table runner", packs.runner],
] as const
