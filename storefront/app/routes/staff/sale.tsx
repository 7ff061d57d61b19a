import { useTranslation } from "react-i18next"
import { redirect } from "react-router"
import type { Route } from "./+types/sale"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { QuantityTable } from "#app/components/staff/quantity-table.tsx"
import { formState, PaymentMethodField, StaffPostForm } from "#app/components/staff/staff-form.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listShelf, sellAtCounter } from "#app/lib/staff/api.server.ts"
import { staffCall, staffPlace, staffRead, staffToken } from "#app/lib/staff/auth.server.ts"
import { availableByVariant, counterSaleBody, maxSaleLines } from "#app/lib/staff/forms.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { receiptPath } from "#app/lib/staff/paths.ts"
import { submitStaffForm } from "#app/lib/staff/submit.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** What can be sold here: the shelf rows with units available. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const shelf = await staffRead({ context, request }, (token, signal) =>
    listShelf(token, params.placeId, "", signal),
  )
  return {
    seo: staffSeo(context, staffT(context)("sale.title")),
    rows: shelf.filter((row) => row.variant_id && row.available > 0),
  }
}

/**
 * Sells at the counter: the order is created in the place's own sales channel and the units
 * leave this shelf together; then its printable receipt, read back from the API.
 */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const [place, shelf] = await Promise.all([
    staffPlace(request, locale, token, params.placeId),
    staffCall(request, locale, () => listShelf(token, params.placeId)),
  ])
  return submitStaffForm(
    request,
    locale,
    form,
    counterSaleBody(form, availableByVariant(shelf)),
    (body) => sellAtCounter(token, place.id, body),
    (sale) => redirect(receiptPath(place.id, sale.id, locale)),
  )
}

export default function Sale({ loaderData: { rows }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const state = formState(actionData)
  return (
    <>
      <h1>{t("sale.title")}</h1>
      <p className="staff-muted">{t("sale.intro", { count: maxSaleLines })}</p>
      {rows.length ? (
        <StaffPostForm
          state={state}
          submitLabel={t("sale.submit")}
          pendingLabel={t("sale.pending")}
        >
          <QuantityTable
            rows={rows}
            show="available"
            quantityLabel={t("sale.quantity")}
            values={state.values}
            errors={state.errors}
          />
          <PaymentMethodField
            legend={t("sale.payment")}
            checked={state.values.payment_method ?? "cash"}
            error={state.errors.payment_method}
          />
        </StaffPostForm>
      ) : (
        <EmptyState title={t("sale.empty")} description={t("sale.emptyText")} />
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
