import { useTranslation } from "react-i18next"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { OrganizerFormState } from "#app/lib/organizer/submit.server.ts"
import type { FairStockRow, OrganizerFair } from "#app/lib/organizer/types.ts"
import { OrganizerForm, SelectField, stateOf, TextField } from "./organizer-form.tsx"

/**
 * What the fair ground holds, stock to bring from (or send back to) a place an officer linked to
 * the fair, and the fair counter: a sale at a booth from the fair's own stock.
 */
export function FairStockPanel({
  fair,
  stock,
  actionData,
}: {
  fair: OrganizerFair
  stock: FairStockRow[]
  actionData: OrganizerFormState | undefined
}) {
  const { t } = useTranslation("organizer")
  const move = stateOf("move", actionData)
  const sale = stateOf("sale", actionData)
  const onSale = stock.filter((row) => row.variant_id && row.available > 0)
  return (
    <section aria-labelledby="fair-stock">
      <h2 id="fair-stock">{t("stock.title")}</h2>
      {stock.length ? (
        <DataTable
          caption={t("stock.title")}
          columns={[
            t("stock.item"),
            numberColumn(t("stock.stocked")),
            numberColumn(t("stock.available")),
          ]}
        >
          {stock.map((row) => (
            <tr key={row.inventory_item_id}>
              <th scope="row">{row.title}</th>
              <td className="staff-table__number">{row.stocked}</td>
              <td className="staff-table__number">{row.available}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("stock.empty")} />
      )}
      <h3>{t("stock.moveTitle")}</h3>
      {fair.linked_places.length ? (
        <OrganizerForm
          state={move}
          title={t("stock.moveTitle")}
          submitLabel={t("stock.move")}
          pendingLabel={t("stock.moving")}
        >
          <SelectField
            id="move-place"
            name="place_id"
            label={t("stock.place")}
            defaultValue={move.values.place_id}
            error={move.errors.place_id}
          >
            {fair.linked_places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="move-direction"
            name="direction"
            label={t("stock.direction")}
            defaultValue={move.values.direction}
            error={move.errors.direction}
          >
            <option value="to_fair">{t("stock.toFair")}</option>
            <option value="from_fair">{t("stock.fromFair")}</option>
          </SelectField>
          <TextField
            id="move-variant"
            name="variant_id"
            label={t("stock.variant")}
            hint={t("stock.variantHint")}
            defaultValue={move.values.variant_id}
            error={move.errors.variant_id}
            required
          />
          <TextField
            id="move-quantity"
            name="quantity"
            inputMode="numeric"
            label={t("stock.quantity")}
            defaultValue={move.values.quantity}
            error={move.errors.quantity}
            required
          />
        </OrganizerForm>
      ) : (
        <p className="staff-muted">{t("fair.noLinkedPlaces")}</p>
      )}
      <h3>{t("sale.title")}</h3>
      {onSale.length && fair.booths.length ? (
        <OrganizerForm
          state={sale}
          title={t("sale.title")}
          submitLabel={t("sale.submit")}
          pendingLabel={t("sale.pending")}
        >
          <SelectField
            id="sale-booth"
            name="booth_id"
            label={t("sale.booth")}
            defaultValue={sale.values.booth_id}
            error={sale.errors.booth_id}
          >
            {fair.booths.map((booth) => (
              <option key={booth.id} value={booth.id}>
                {booth.number} · {booth.producer?.name ?? t("booths.noProducer")}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="sale-variant"
            name="variant_id"
            label={t("sale.variant")}
            defaultValue={sale.values.variant_id}
            error={sale.errors.variant_id}
          >
            {onSale.map((row) => (
              <option key={row.inventory_item_id} value={row.variant_id ?? ""}>
                {row.title} ({row.available})
              </option>
            ))}
          </SelectField>
          <TextField
            id="sale-quantity"
            name="quantity"
            inputMode="numeric"
            label={t("sale.quantity")}
            defaultValue={sale.values.quantity ?? "1"}
            error={sale.errors.quantity}
            required
          />
        </OrganizerForm>
      ) : (
        <p className="staff-muted">{t("sale.noStock")}</p>
      )}
    </section>
  )
}
