import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/return"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { UnitsCell } from "#app/components/staff/fields.tsx"
import { QuantityTable } from "#app/components/staff/quantity-table.tsx"
import { formState, PaymentMethodField, StaffPostForm } from "#app/components/staff/staff-form.tsx"
import { DataTable, inputColumn, numberColumn } from "#app/components/ui/data-table.tsx"
import { formatVnd } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { getCounterSale, listShelf, returnCounterSale } from "#app/lib/staff/api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { availableByVariant, counterReturnBody, returnableByItem } from "#app/lib/staff/forms.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { receiptPath } from "#app/lib/staff/paths.ts"
import { redirectWithStaffNotice } from "#app/lib/staff/session.server.ts"
import { submitStaffForm } from "#app/lib/staff/submit.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The sale's lines that can still come back, and the shelf's goods for an exchange. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const [sale, shelf] = await Promise.all([
    staffCall(request, locale, () =>
      getCounterSale(token, params.placeId, params.orderId, request.signal),
    ),
    staffCall(request, locale, () => listShelf(token, params.placeId, "", request.signal)),
  ])
  return {
    seo: staffSeo(context, staffT(context)("return.title")),
    sale,
    rows: shelf.filter((row) => row.variant_id && row.available > 0),
  }
}

/**
 * Takes goods of this sale back: refunded, or exchanged for goods from the shelf. Back to the
 * receipt, which now shows the return.
 */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const [sale, shelf] = await Promise.all([
    staffCall(request, locale, () => getCounterSale(token, params.placeId, params.orderId)),
    staffCall(request, locale, () => listShelf(token, params.placeId)),
  ])
  return submitStaffForm(
    request,
    locale,
    form,
    counterReturnBody(form, returnableByItem(sale), availableByVariant(shelf)),
    (body) => returnCounterSale(token, params.placeId, sale.id, body),
    () =>
      redirectWithStaffNotice(request, "returned", receiptPath(params.placeId, sale.id, locale)),
  )
}

export default function Return({ loaderData: { sale, rows }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const state = formState(actionData)
  const { values, errors } = state
  const returnable = sale.items.filter((item) => item.quantity > item.returned_quantity)
  return (
    <>
      <h1>{t("return.title")}</h1>
      <p className="staff-muted">
        {t("return.intro", {
          receipt: sale.display_id !== null ? `#${sale.display_id}` : sale.id,
        })}
      </p>
      {returnable.length ? (
        <StaffPostForm
          state={state}
          submitLabel={t("return.submit")}
          pendingLabel={t("return.pending")}
          actions={
            <Link to={receiptPath(sale.place.id, sale.id, locale)}>{t("return.cancel")}</Link>
          }
        >
          <DataTable
            caption={t("return.lines")}
            columns={[
              t("receipt.item"),
              numberColumn(t("receipt.unitPrice")),
              numberColumn(t("return.left")),
              inputColumn(t("return.quantity")),
            ]}
          >
            {returnable.map((item, index) => (
              <tr key={item.id}>
                <th scope="row">{item.title}</th>
                <td className="staff-table__number">{formatVnd(item.unit_price, locale)}</td>
                <td className="staff-table__number">{item.quantity - item.returned_quantity}</td>
                <UnitsCell
                  list="returns"
                  index={index}
                  line={{ key: "item_id", id: item.id }}
                  field="quantity"
                  label={t("return.quantity")}
                  item={item.title}
                  values={values}
                  errors={errors}
                />
              </tr>
            ))}
          </DataTable>
          {rows.length ? (
            <details
              className="staff-fieldset"
              open={Object.keys(values).some((key) => key.startsWith("items[") && values[key])}
            >
              <summary>{t("return.exchange")}</summary>
              <p className="staff-muted">{t("return.exchangeIntro")}</p>
              <QuantityTable
                rows={rows}
                show="available"
                quantityLabel={t("return.exchangeQuantity")}
                values={values}
                errors={errors}
              />
            </details>
          ) : null}
          <PaymentMethodField
            legend={t("return.settle")}
            checked={values.payment_method ?? sale.payment_method}
            error={errors.payment_method}
          />
        </StaffPostForm>
      ) : (
        <p>
          {t("return.nothingLeft")}{" "}
          <Link to={receiptPath(sale.place.id, sale.id, locale)}>{t("return.cancel")}</Link>
        </p>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
