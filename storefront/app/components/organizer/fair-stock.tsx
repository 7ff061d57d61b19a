import { useTranslation } from "react-i18next"
import { COUNTER_PAYMENT_METHODS } from "@ocop/shared"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { OrganizerFormState } from "#app/lib/organizer/submit.server.ts"
import type { FairSales, FairStockRow } from "#app/lib/organizer/types.ts"
import {
  OrganizerForm,
  SelectField,
  stateOf,
  TextField,
  type FairSectionProps,
} from "./organizer-form.tsx"

/** The live dashboard: per product, what the fair ground holds, what is free and what sold. */
export function FairStockTable({ stock, sales }: { stock: FairStockRow[]; sales: FairSales }) {
  const { t } = useTranslation("organizer")
  const sold = new Map<string, number>()
  for (const sale of sales.sales) {
    sold.set(sale.variant_id, (sold.get(sale.variant_id) ?? 0) + sale.quantity)
  }
  return (
    <section aria-labelledby="fair-stock">
      <h2 id="fair-stock">{t("stock.title")}</h2>
      <p>{t("dashboard.units", { count: sales.units })}</p>
      {stock.length ? (
        <DataTable
          caption={t("stock.title")}
          columns={[
            t("stock.item"),
            numberColumn(t("stock.stocked")),
            numberColumn(t("stock.available")),
            numberColumn(t("dashboard.sold")),
          ]}
        >
          {stock.map((row) => (
            <tr key={row.inventory_item_id}>
              <th scope="row">{row.title}</th>
              <td className="staff-table__number">{row.stocked}</td>
              <td className="staff-table__number">{row.available}</td>
              <td className="staff-table__number">{sold.get(row.variant_id ?? "") ?? 0}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("stock.empty")} />
      )}
    </section>
  )
}

/** Stock from a place an officer linked to the fair, or unsold stock back to it after the fair. */
export function FairStockMove({ fair, actionData }: FairSectionProps) {
  const { t } = useTranslation("organizer")
  const { state, field } = stateOf("move", actionData)
  if (!fair.linked_places.length) return <p className="staff-muted">{t("fair.noLinkedPlaces")}</p>
  return (
    <OrganizerForm
      state={state}
      title={t("stock.moveTitle")}
      submitLabel={t("stock.move")}
      pendingLabel={t("stock.moving")}
    >
      <SelectField label={t("stock.place")} {...field("place_id")}>
        {fair.linked_places.map((place) => (
          <option key={place.id} value={place.id}>
            {place.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("stock.direction")} {...field("direction")}>
        <option value="to_fair">{t("stock.toFair")}</option>
        <option value="from_fair">{t("stock.fromFair")}</option>
      </SelectField>
      <TextField
        label={t("stock.variant")}
        hint={t("stock.variantHint")}
        {...field("variant_id")}
        required
      />
      <TextField label={t("stock.quantity")} inputMode="numeric" {...field("quantity")} required />
    </OrganizerForm>
  )
}

/** The fair counter: a sale from the fair ground's own stock, paid in cash or by transfer. */
export function FairCounter({
  stock,
  actionData,
}: {
  stock: FairStockRow[]
  actionData: OrganizerFormState | undefined
}) {
  const { t } = useTranslation("organizer")
  const { state, field } = stateOf("sale", actionData)
  const onSale = stock.filter((row) => row.variant_id && row.available > 0)
  if (!onSale.length) {
    return <p className="staff-muted">{t("sale.noStock")}</p>
  }
  return (
    <OrganizerForm
      state={state}
      title={t("sale.title")}
      submitLabel={t("sale.submit")}
      pendingLabel={t("sale.pending")}
    >
      <SelectField label={t("sale.payment")} {...field("payment_method")}>
        {COUNTER_PAYMENT_METHODS.map((method) => (
          <option key={method} value={method}>
            {t(`sale.methods.${method}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("sale.variant")} {...field("variant_id")}>
        {onSale.map((row) => (
          <option key={row.inventory_item_id} value={row.variant_id ?? ""}>
            {row.title} ({row.available})
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("sale.quantity")}
        inputMode="numeric"
        {...field("quantity", "1")}
        required
      />
    </OrganizerForm>
  )
}
