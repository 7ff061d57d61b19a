import { useTranslation } from "react-i18next"
import type { ShelfRow } from "#app/lib/staff/types.ts"

/** "Product — Variant" in two lines (with the SKU unless a column shows it), as a row header. */
export function ShelfItem({ row, withSku = true }: { row: ShelfRow; withSku?: boolean }) {
  const { t } = useTranslation("staff")
  const [product, ...variant] = row.title.split(" — ")
  const details = [
    variant.join(" — "),
    withSku && row.sku ? t("stock.skuValue", { sku: row.sku }) : null,
  ].filter(Boolean)
  return (
    <th scope="row">
      <span className="staff-table__main">{product}</span>
      {details.length ? <span className="staff-table__sub">{details.join(" · ")}</span> : null}
    </th>
  )
}
