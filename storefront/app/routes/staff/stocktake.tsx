import { useTranslation } from "react-i18next"
import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/stocktake"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { FieldMessages, UnitsInput } from "#app/components/staff/fields.tsx"
import { FormRefusal, type Refusal } from "#app/components/staff/form-refusal.tsx"
import { ShelfItem } from "#app/components/staff/shelf-item.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { getLocale } from "#app/lib/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listShelf, recordStocktake } from "#app/lib/staff-api.server.ts"
import { refusalOf, staffCall, staffToken } from "#app/lib/staff-auth.server.ts"
import {
  inputProblemErrors,
  keptValues,
  stocktakeBody,
  type FieldErrors,
} from "#app/lib/staff-forms.ts"
import { staffSeo, staffT } from "#app/lib/staff-meta.server.ts"
import { placePath } from "#app/lib/staff-paths.ts"
import { commitStaffSession, getStaffSession } from "#app/lib/staff-session.server.ts"
import type { ShelfRow } from "#app/lib/staff-types.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const shelf = await staffCall(request, locale, () =>
    listShelf(token, params.placeId, "", request.signal),
  )
  return {
    seo: staffSeo(context, staffT(context)("stocktake.title")),
    rows: shelf.filter((row) => row.variant_id),
  }
}

type ActionData = { values: Record<string, string>; errors: FieldErrors; refusal?: Refusal }

/** A count of the shelf: each counted row sets the shelf to the count, with its reason. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const values = keptValues(form)
  const parsed = stocktakeBody(form)
  if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
  try {
    await staffCall(request, locale, () => recordStocktake(token, params.placeId, parsed.body))
  } catch (error) {
    const refusal = refusalOf(error)
    return data<ActionData>(
      { values, errors: inputProblemErrors(refusal), refusal },
      { status: refusal.status },
    )
  }
  const session = await getStaffSession(request)
  session.flash("notice", "counted")
  return redirect(placePath(params.placeId, "stock", locale), {
    headers: { "Set-Cookie": await commitStaffSession(session) },
  })
}

export default function Stocktake({ loaderData: { rows }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
  if (!rows.length) {
    return (
      <>
        <h1>{t("stocktake.title")}</h1>
        <EmptyState title={t("stock.empty")} description={t("stock.emptyText")} />
      </>
    )
  }
  return (
    <>
      <h1>{t("stocktake.title")}</h1>
      <p className="staff-muted">{t("stocktake.intro")}</p>
      <Form method="post" className="staff-form staff-form--wide" noValidate>
        <FormRefusal refusal={actionData?.refusal} errors={errors} />
        <div className="staff-table-wrap">
          <table className="staff-table">
            <thead>
              <tr>
                <th scope="col">{t("stock.product")}</th>
                <th scope="col" className="staff-table__number">
                  {t("stock.stocked")}
                </th>
                <th scope="col" className="staff-table__input">
                  {t("stocktake.counted")}
                </th>
                <th scope="col">{t("stocktake.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <CountRow
                  key={row.inventory_item_id}
                  row={row}
                  index={index}
                  values={values}
                  errors={errors}
                />
              ))}
            </tbody>
          </table>
        </div>
        <p className="staff-actions staff-actions--sticky">
          <SubmitButton label={t("stocktake.submit")} pendingLabel={t("stocktake.pending")} />
        </p>
      </Form>
    </>
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
      <td className="staff-table__input">
        <input type="hidden" name={`items[${index}].variant_id`} value={row.variant_id ?? ""} />
        <UnitsInput
          id={`items-${index}-counted`}
          name={`items[${index}].counted`}
          label={t("form.unitsOf", { label: t("stocktake.counted"), item: row.title })}
          defaultValue={values[`items[${index}].counted`]}
          error={errors[`items.${index}.counted`]}
        />
      </td>
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
