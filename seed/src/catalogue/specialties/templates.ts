import type { ProductGroup } from "@ocop/shared"
import { capitalise } from "../../lib/text"
import templates from "./national-templates.json"
import { specialty, type Specialty, variantsOf } from "./types"

/** Kinds of product for the national benchmark (`national-templates.json`); `{s}` is the specialty. */
export type TemplateKey = keyof typeof templates

/** A local specialty made into the shape the generator composes products from. */
export function fromTemplate(
  province: string,
  [vi, en, key]: readonly [string, string, TemplateKey],
  districts: readonly string[],
): Specialty {
  const template = templates[key]
  const fill = (text: string, name: string) => capitalise(text.replace("{s}", name))
  return specialty({
    key: `${province}/${vi}`,
    group: template.group as ProductGroup,
    subgroup: template.subgroup,
    trade: template.trade,
    vi,
    en,
    districts,
    withPlace: key !== "tour",
    flagship: key !== "tour",
    story: { vi: fill(template.story.vi, vi), en: fill(template.story.en, en) },
    // Two sizes per kind: enough for variant tests, and it keeps 20,000 products in 15 minutes.
    kinds: template.kinds.map(
      ([kindVi, kindEn, variants]) =>
        [kindVi as string, kindEn as string, variantsOf(variants).slice(0, 2)] as const,
    ),
  })
}
