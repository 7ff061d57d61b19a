import type { ProductGroup } from "@ocop/shared"
import packData from "./packs.json"

/** One packaging or size of a product: title, price in whole đồng, weight in grams. */
export type VariantSpec = readonly [title: string, price: number, weight?: number]

/**
 * A kind of product made from a specialty. `{s}` in the titles stands for the specialty's
 * name: "{s} rang xay" + "cà phê Robusta" → "Cà phê Robusta rang xay".
 */
export type Kind = {
  vi: string
  en: string
  variants: readonly VariantSpec[]
  subgroup?: string
}

/** A province's specialty (đặc sản): where it is made and the products made from it. */
export type Specialty = {
  key: string
  group: ProductGroup
  subgroup: string
  /** Word in producers' names: "HTX {trade} Ea Tiêu". */
  trade: string
  vi: string
  en: string
  /** Former districts where it is made; communes are drawn from them. */
  districts: readonly string[]
  /** Only these communes, when the specialty belongs to one village. */
  communes?: readonly string[]
  /** Whether product titles end with the commune (false when the name already says where). */
  withPlace: boolean
  /** Can reach the national council (5★). */
  flagship: boolean
  story: { vi: string; en: string }
  kinds: readonly Kind[]
}

type SpecialtyInput = Omit<Specialty, "withPlace" | "flagship" | "kinds"> & {
  withPlace?: boolean
  flagship?: boolean
  kinds: readonly (readonly [
    vi: string,
    en: string,
    variants: readonly VariantSpec[],
    subgroup?: string,
  ])[]
}

/** Compact constructor for the data files. */
export function specialty(input: SpecialtyInput): Specialty {
  return {
    ...input,
    withPlace: input.withPlace ?? true,
    flagship: input.flagship ?? false,
    kinds: input.kinds.map(([vi, en, variants, subgroup]) => ({ vi, en, variants, subgroup })),
  }
}

type VariantData = readonly (readonly (string | number)[])[]

/** A variant list of a data file, checked: [title, price in đồng, weight in grams?] each. */
function variantList(list: VariantData): VariantSpec[] {
  return list.map((variant) => {
    const [title, price, weight] = variant
    if (typeof title !== "string" || typeof price !== "number" || typeof weight === "string") {
      throw new Error(`Not a variant: ${JSON.stringify(variant)}`)
    }
    return weight === undefined ? [title, price] : [title, price, weight]
  })
}

/** Packaging lists shared by many specialties, by name (`packs.json`). */
export const packs: Record<string, readonly VariantSpec[]> = Object.fromEntries(
  Object.entries(packData).map(([name, list]) => [name, variantList(list)]),
)

/**
 * A specialty as the data files (`<province>.json`, `national-templates.json`) write it: the product
 * group as a string, and each kind's variants either listed or named by their pack.
 */
export type SpecialtyData = Omit<SpecialtyInput, "group" | "kinds"> & {
  group: string
  kinds: readonly (readonly (string | VariantData)[])[]
}

/** The variants a data file names: a pack's name, or the list itself. */
export function variantsOf(variants: string | VariantData): readonly VariantSpec[] {
  if (typeof variants !== "string") return variantList(variants)
  const pack = packs[variants]
  if (!pack) throw new Error(`No pack of variants named "${variants}"`)
  return pack
}

/** A province's specialties from its data file. */
export function specialtiesFrom(data: readonly SpecialtyData[]): Specialty[] {
  return data.map(({ group, kinds, ...rest }) =>
    specialty({
      ...rest,
      group: group as ProductGroup,
      kinds: kinds.map(([vi, en, variants, subgroup]) => [
        vi as string,
        en as string,
        variantsOf(variants),
        subgroup as string | undefined,
      ]),
    }),
  )
}
