import { useTranslation } from "react-i18next"
import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/sale"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { FieldMessages } from "#app/components/staff/fields.tsx"
import { FormRefusal, type Refusal } from "#app/components/staff/form-refusal.tsx"
import { QuantityTable } from "#app/components/staff/quantity-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { getLocale } from "#app/lib/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listShelf, sellAtCounter } from "#app/lib/staff-api.server.ts"
import { refusalOf, staffCall, staffPlace, staffToken } from "#app/lib/staff-auth.server.ts"
import {
  availableByVariant,
  counterSaleBody,
  inputProblemErrors,
  keptValues,
  maxSaleLines,
  type FieldErrors,
} from "#app/lib/staff-forms.ts"
import { staffSeo, staffT } from "#app/lib/staff-meta.server.ts"
import { receiptPath } from "#app/lib/staff-paths.ts"
import { paymentMethods } from "#app/lib/staff-types.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** What can be sold here: the shelf rows with units available. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const shelf = await staffCall(request, locale, () =>
    listShelf(token, params.placeId, "", request.signal),
  )
  return {
    seo: staffSeo(context, staffT(context)("sale.title")),
    rows: shelf.filter((row) => row.variant_id && row.available > 0),
  }
}

type ActionData = { values: Record<string, string>; errors: FieldErrors; refusal?: Refusal }

/**
 * Sells at the counter: the order is created in the place's own sales channel and the units
 * leave this shelf together; then its printable receipt, read back from the API.
 */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const values = keptValues(form)
  const [place, shelf] = await Promise.all([
    staffPlace(request, locale, token, params.placeId),
    staffCall(request, locale, () => listShelf(token, params.placeId)),
  ])
  const parsed = counterSaleBody(form, availableByVariant(shelf))
  if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
  let sale
  try {
    sale = await staffCall(request, locale, () => sellAtCounter(token, place.id, parsed.body))
  } catch (error) {
    const refusal = refusalOf(error)
    return data<ActionData>(
      { values, errors: inputProblemErrors(refusal), refusal },
      { status: refusal.status },
    )
  }
  return redirect(receiptPath(place.id, sale.id, locale))
}

export default function Sale({ loaderData: { rows }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
  return (
    <>
      <h1>{t("sale.title")}</h1>
      <p className="staff-muted">{t("sale.intro", { count: maxSaleLines })}</p>
      {rows.length ? (
        <Form method="post" className="staff-form staff-form--wide" noValidate>
          <FormRefusal refusal={actionData?.refusal} errors={errors} />
          <QuantityTable
            rows={rows}
            show="available"
            quantityLabel={t("sale.quantity")}
            values={values}
            errors={errors}
          />
          <fieldset
            className="staff-fieldset"
            aria-describedby={errors.payment_method ? "payment_method-error" : undefined}
          >
            <legend>{t("sale.payment")}</legend>
            {paymentMethods.map((method) => (
              <label key={method} className="staff-choice">
                <input
                  type="radio"
                  name="payment_method"
                  value={method}
                  defaultChecked={(values.payment_method ?? "cash") === method}
                />
                {t(`payment.${method}`)}
              </label>
            ))}
            <FieldMessages id="payment_method" error={errors.payment_method} />
          </fieldset>
          <p className="staff-actions staff-actions--sticky">
            <SubmitButton label={t("sale.submit")} pendingLabel={t("sale.pending")} />
          </p>
        </Form>
      ) : (
        <EmptyState title={t("sale.empty")} description={t("sale.emptyText")} />
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
