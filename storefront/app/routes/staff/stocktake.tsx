import { useTranslation } from "react-i18next"
import type { Route } from "./+types/stocktake"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { FieldMessages, UnitsCell } from "#app/components/staff/fields.tsx"
import { ShelfItem } from "#app/components/staff/shelf-item.tsx"
import { formState, ShelfFormPage, StaffPostForm } from "#app/components/staff/staff-form.tsx"
import { DataTable, inputColumn, numberColumn } from "#app/components/ui/data-table.tsx"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listShelf, recordStocktake } from "#app/lib/staff/api.server.ts"
import { staffRead } from "#app/lib/staff/auth.server.ts"
import { stocktakeBody, type FieldErrors } from "#app/lib/staff/forms.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { shelfFormAction } from "#app/lib/staff/submit.server.ts"
import type { ShelfRow } from "#app/lib/staff/types.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const shelf = await staffRead({ context, request }, (token, signal) =>
    listShelf(token, params.placeId, "", signal),
  )
  return {
    seo: staffSeo(context, staffT(context)("stocktake.title")),
    rows: shelf.filter((row) => row.variant_id),
  }
}

/** A count of the shelf: each counted row sets the shelf to the count, with its reason. */
export function action(args: Route.ActionArgs) {
  return shelfFormAction(args, stocktakeBody, recordStocktake, "counted")
}

export default function Stocktake({ loaderData: { rows }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const state = formState(actionData)
  const { values, errors } = state
  return (
    <ShelfFormPage
      title={t("stocktake.title")}
      intro={t("stocktake.intro")}
      empty={rows.length ? null : { title: t("stock.empty"), description: t("stock.emptyText") }}
    >
      <StaffPostForm
        state={state}
        submitLabel={t("stocktake.submit")}
        pendingLabel={t("stocktake.pending")}
      >
        <DataTable
          columns={[
            t("stock.product"),
            numberColumn(t("stock.stocked")),
            inputColumn(t("stocktake.counted")),
            t("stocktake.reason"),
          ]}
        >
          {rows.map((row, index) => (
            <CountRow
              key={row.inventory_item_id}
              row={row}
              index={index}
              values={values}
              errors={errors}
            />
          ))}
        </DataTable>
      </StaffPostForm>
    </ShelfFormPage>
  )
}

function CountRow({
  row,
  index,
  values,
  errors,
}: {
  row: ShelfRow
  index: number
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { t } = useTranslation("staff")
  const reasonId = `items-${index}-reason`
  const reasonError = errors[`items.${index}.reason`]
  return (
    <tr>
      <ShelfItem row={row} />
      <td className="staff-table__number">{row.stocked}</td>
      <UnitsCell
        list="items"
        index={index}
        line={{ key: "variant_id", id: row.variant_id ?? "" }}
        field="counted"
        label={t("stocktake.counted")}
        item={row.title}
        values={values}
        errors={errors}
      />
      <td>
        <input
          id={reasonId}
          name={`items[${index}].reason`}
          className="staff-reason"
          type="text"
          maxLength={500}
          autoComplete="off"
          aria-label={t("form.reasonFor", { item: row.title })}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${reasonId}-error` : undefined}
          defaultValue={values[`items[${index}].reason`]}
        />
        <FieldMessages id={reasonId} error={reasonError} />
      </td>
    </tr>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
