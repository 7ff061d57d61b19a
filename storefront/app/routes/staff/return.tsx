import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/return"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { FieldMessages, UnitsInput } from "#app/components/staff/fields.tsx"
import { FormRefusal, type Refusal } from "#app/components/staff/form-refusal.tsx"
import { QuantityTable } from "#app/components/staff/quantity-table.tsx"
import { formatVnd } from "#app/lib/format.ts"
import { getLocale } from "#app/lib/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { getCounterSale, listShelf, returnCounterSale } from "#app/lib/staff-api.server.ts"
import { refusalOf, staffCall, staffToken } from "#app/lib/staff-auth.server.ts"
import {
  availableByVariant,
  counterReturnBody,
  inputProblemErrors,
  keptValues,
  returnableByItem,
  type FieldErrors,
} from "#app/lib/staff-forms.ts"
import { staffSeo, staffT } from "#app/lib/staff-meta.server.ts"
import { receiptPath } from "#app/lib/staff-paths.ts"
import { commitStaffSession, getStaffSession } from "#app/lib/staff-session.server.ts"
import { paymentMethods } from "#app/lib/staff-types.ts"
import { useLocale } from "#app/lib/use-locale.ts"

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

type ActionData = { values: Record<string, string>; errors: FieldErrors; refusal?: Refusal }

/**
 * Takes goods of this sale back: refunded, or exchanged for goods from the shelf. Back to the
 * receipt, which now shows the return.
 */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const values = keptValues(form)
  const [sale, shelf] = await Promise.all([
    staffCall(request, locale, () => getCounterSale(token, params.placeId, params.orderId)),
    staffCall(request, locale, () => listShelf(token, params.placeId)),
  ])
  const parsed = counterReturnBody(form, returnableByItem(sale), availableByVariant(shelf))
  if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
  try {
    await staffCall(request, locale, () =>
      returnCounterSale(token, params.placeId, sale.id, parsed.body),
    )
  } catch (error) {
    const refusal = refusalOf(error)
    return data<ActionData>(
      { values, errors: inputProblemErrors(refusal), refusal },
      { status: refusal.status },
    )
  }
  const session = await getStaffSession(request)
  session.flash("notice", "returned")
  return redirect(receiptPath(params.placeId, sale.id, locale), {
    headers: { "Set-Cookie": await commitStaffSession(session) },
  })
}

export default function Return({ loaderData: { sale, rows }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
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
        <Form method="post" className="staff-form staff-form--wide" noValidate>
          <FormRefusal refusal={actionData?.refusal} errors={errors} />
          <div className="staff-table-wrap">
            <table className="staff-table">
              <caption className="visually-hidden">{t("return.lines")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("receipt.item")}</th>
                  <th scope="col" className="staff-table__number">
                    {t("receipt.unitPrice")}
                  </th>
                  <th scope="col" className="staff-table__number">
                    {t("return.left")}
                  </th>
                  <th scope="col" className="staff-table__input">
                    {t("return.quantity")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {returnable.map((item, index) => (
                  <tr key={item.id}>
                    <th scope="row">{item.title}</th>
                    <td className="staff-table__number">{formatVnd(item.unit_price, locale)}</td>
                    <td className="staff-table__number">
                      {item.quantity - item.returned_quantity}
                    </td>
                    <td className="staff-table__input">
                      <input type="hidden" name={`returns[${index}].item_id`} value={item.id} />
                      <UnitsInput
                        id={`returns-${index}-quantity`}
                        name={`returns[${index}].quantity`}
                        label={t("form.unitsOf", { label: t("return.quantity"), item: item.title })}
                        defaultValue={values[`returns[${index}].quantity`]}
                        error={errors[`returns.${index}.quantity`]}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
          <fieldset
            className="staff-fieldset"
            aria-describedby={errors.payment_method ? "payment_method-error" : undefined}
          >
            <legend>{t("return.settle")}</legend>
            {paymentMethods.map((method) => (
              <label key={method} className="staff-choice">
                <input
                  type="radio"
                  name="payment_method"
                  value={method}
                  defaultChecked={(values.payment_method ?? sale.payment_method) === method}
                />
                {t(`payment.${method}`)}
              </label>
            ))}
            <FieldMessages id="payment_method" error={errors.payment_method} />
          </fieldset>
          <p className="staff-actions staff-actions--sticky">
            <SubmitButton label={t("return.submit")} pendingLabel={t("return.pending")} />
            <Link to={receiptPath(sale.place.id, sale.id, locale)}>{t("return.cancel")}</Link>
          </p>
        </Form>
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
