import type { TemplateKey } from "../catalogue/specialties/templates"
import { centralProvinces } from "./national-central"
import { northernProvinces } from "./national-north"
import { southernProvinces } from "./national-south"

/** A province or city after 1 July 2025, with a dozen of its communes and its specialties. */
export type NationalProvince = {
  name: string
  code: string
  city: boolean
  lat: number
  lng: number
  communes: readonly string[]
  specialties: readonly (readonly [vi: string, en: string, template: TemplateKey])[]
}

/** Vietnam's 34 provinces and cities (Resolution 202/2025/QH15), for the national benchmark. */
export const nationalProvinces: readonly NationalProvince[] = [
  ...northernProvinces,
  ...centralProvinces,
  ...southernProvinces,
]
