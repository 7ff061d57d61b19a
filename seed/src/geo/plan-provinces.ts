import dakLakData from "./dak-lak.json"
import dienBienData from "./dien-bien.json"
import konTumData from "./kon-tum.json"
import laiChauData from "./lai-chau.json"
import quangNamData from "./quang-nam.json"
import type { Province } from "./types"

// The provinces of the provincial OCOP plans, with the former districts (huyện) their plans
// name and those districts' communes; the map data lives in the JSON files beside this one.

/** Đắk Lắk's 15 former district-level units (Decision 1576/QĐ-UBND's "districts"). */
export const dakLak: Province = dakLakData

/** Quảng Nam (since 1 July 2025 part of Đà Nẵng city), as its OCOP plan knew it. */
export const quangNam: Province = quangNamData

/** Kon Tum (since 1 July 2025 part of Quảng Ngãi), as its OCOP plan knew it. */
export const konTum: Province = konTumData

/** Lai Châu, as its OCOP plan knew it. */
export const laiChau: Province = laiChauData

/** Điện Biên, as its OCOP plan knew it. */
export const dienBien: Province = dienBienData
