import type { CertificationInput } from "medusa-plugin-ocop/workflows"
import type { SeedProduct } from "./products"

const MONTH_MS = 30.44 * 24 * 3600 * 1000
const monthsAgo = (months: number) => new Date(Date.now() - months * MONTH_MS)

/** The certificate number of the catalogue's n-th product: stable while the catalogue's order is. */
export const certificateNumber = (item: SeedProduct, index: number) =>
  `OCOP-${String(index + 1).padStart(4, "0")}-${item.handle.slice(0, 12).toUpperCase()}`

/** The council's result as the programme officer records it. */
export function certificationInput(
  item: SeedProduct,
  index: number,
  productId: string,
): CertificationInput {
  const [commune, province] = item.vi.origin.split(", ")
  const national = item.stars === 5
  const local = item.stars < 3
  return {
    product_id: productId,
    certificate_number: certificateNumber(item, index),
    decision_number: `${1000 + index}/QĐ-${national ? "BNNMT" : "UBND"}`,
    issuing_authority: national
      ? "Bộ Nông nghiệp và Môi trường"
      : local
        ? `UBND ${commune}, ${province}`
        : `UBND tỉnh ${province}`,
    stars: item.stars,
    score: item.score,
    product_group: item.group,
    product_subgroup: item.subgroup,
    issued_at: monthsAgo(item.issued_months_ago),
  }
}
