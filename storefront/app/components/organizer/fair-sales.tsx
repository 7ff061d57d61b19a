import { useTranslation } from "react-i18next"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { FairSales, FairStockRow } from "#app/lib/organizer/types.ts"

/** What the fair counter sold, by product, beside what is left on the fair ground. */
export function FairSalesPanel({ stock, sales }: { stock: FairStockRow[]; sales: FairSales }) {
  const { t } = useTranslation("organizer")
  const sold = new Map<string, number>()
  for (const sale of sales.sales) {
    sold.set(sale.variant_id, (sold.get(sale.variant_id) ?? 0) + sale.quantity)
  }
  const rows = stock.filter((row) => row.variant_id && sold.has(row.variant_id))
  return (
    <section aria-labelledby="fair-sales">
      <h2 id="fair-sales">{t("dashboard.title")}</h2>
      <p>{t("dashboard.units", { count: sales.units })}</p>
      {rows.length ? (
        <DataTable
          caption={t("dashboard.title")}
          columns={[
            t("dashboard.item"),
            numberColumn(t("dashboard.sold")),
            numberColumn(t("dashboard.left")),
          ]}
        >
          {rows.map((row) => (
            <tr key={row.inventory_item_id}>
              <th scope="row">{row.title}</th>
              <td className="staff-table__number">{sold.get(row.variant_id ?? "")}</td>
              <td className="staff-table__number">{row.available}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("dashboard.empty")} />
      )}
    </section>
  )
}
