import { useTranslation } from "react-i18next"
import { DataTable, inputColumn, numberColumn } from "#app/components/ui/data-table.tsx"
import type { FieldErrors } from "#app/lib/staff/forms.ts"
import type { ShelfRow } from "#app/lib/staff/types.ts"
import { UnitsCell } from "./fields.tsx"
import { ShelfItem } from "./shelf-item.tsx"

/**
 * Shelf rows with a number of units each (`items[i].variant_id`, `items[i].quantity`): what is
 * sold, sent or received. Blank means "not this one". `show` is the column to go by: what is
 * available to sell or send, or what is on the shelf when goods come in.
 */
export function QuantityTable({
  rows,
  show,
  quantityLabel,
  values,
  errors,
}: {
  rows: ShelfRow[]
  show: "available" | "stocked"
  quantityLabel: string
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { t } = useTranslation("staff")
  return (
    <DataTable
      columns={[t("stock.product"), numberColumn(t(`stock.${show}`)), inputColumn(quantityLabel)]}
    >
      {rows.map((row, index) =>
        row.variant_id ? (
          <tr key={row.variant_id}>
            <ShelfItem row={row} />
            <td className="staff-table__number">{row[show]}</td>
            <UnitsCell
              list="items"
              index={index}
              line={{ key: "variant_id", id: row.variant_id }}
              field="quantity"
              label={quantityLabel}
              item={row.title}
              values={values}
              errors={errors}
            />
          </tr>
        ) : null,
      )}
    </DataTable>
  )
}
