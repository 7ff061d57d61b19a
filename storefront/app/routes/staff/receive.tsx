import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/receive"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { InputField, SelectField, UnitsInput } from "#app/components/staff/fields.tsx"
import { FormRefusal, type Refusal } from "#app/components/staff/form-refusal.tsx"
import { QuantityTable } from "#app/components/staff/quantity-table.tsx"
import { getLocale } from "#app/lib/i18n.server.ts"
import { portalMeta } from "#app/lib/producer-meta.ts"
import { listShelf, receiveGoods } from "#app/lib/staff-api.server.ts"
import { refusalOf, staffCall, staffToken } from "#app/lib/staff-auth.server.ts"
import { producersOfShelf } from "#app/lib/staff-directory.server.ts"
import { keptValues, receiptBody, type FieldErrors } from "#app/lib/staff-forms.ts"
import { staffSeo, staffT } from "#app/lib/staff-meta.server.ts"
import { placePath } from "#app/lib/staff-paths.ts"
import { commitStaffSession, getStaffSession } from "#app/lib/staff-session.server.ts"
import { useLocale } from "#app/lib/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** Rows for goods this shelf has never held, typed by SKU or variant id. */
const extraRows = 3

/**
 * Goods delivered by a producer on consignment. First the producer (from the certified goods
 * on this shelf, or typed by id), then that producer's shelf rows.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const url = new URL(request.url)
  const typed = (url.searchParams.get("producer_id") ?? "").trim().slice(0, 64)
  const picked = typed || (url.searchParams.get("producer") ?? "").trim().slice(0, 64)
  const shelf = await staffCall(request, locale, () =>
    listShelf(token, params.placeId, "", request.signal),
  )
  const producers = await producersOfShelf(
    shelf.flatMap((row) => (row.product_id ? [row.product_id] : [])),
    locale,
    request.signal,
  )
  const producer = producers.find((candidate) => candidate.id === picked)
  const rows = producer
    ? shelf.filter((row) => row.product_id && producer.productIds.includes(row.product_id))
    : []
  return {
    seo: staffSeo(context, staffT(context)("receive.title")),
    producers: producers.map(({ id, name }) => ({ id, name })),
    picked: picked ? { id: picked, name: producer?.name ?? null } : null,
    rows,
  }
}

type ActionData = { values: Record<string, string>; errors: FieldErrors; refusal?: Refusal }

export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const values = keptValues(form)
  const shelf = await staffCall(request, locale, () => listShelf(token, params.placeId))
  const parsed = receiptBody(form, shelf)
  if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
  try {
    await staffCall(request, locale, () => receiveGoods(token, params.placeId, parsed.body))
  } catch (error) {
    const refusal = refusalOf(error)
    return data<ActionData>({ values, errors: {}, refusal }, { status: refusal.status })
  }
  const session = await getStaffSession(request)
  session.flash("notice", "received")
  return redirect(placePath(params.placeId, "stock", locale), {
    headers: { "Set-Cookie": await commitStaffSession(session) },
  })
}

export default function Receive({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const { picked } = loaderData
  return (
    <>
      <h1>{t("receive.title")}</h1>
      <p className="staff-muted">{t("receive.intro")}</p>
      {picked ? (
        <>
          <p className="staff-picked">
            {t("receive.producer")}: <strong>{picked.name ?? picked.id}</strong>{" "}
            <Link to={placePath(params.placeId, "receive", locale)}>{t("receive.change")}</Link>
          </p>
          <ReceiveForm producerId={picked.id} rows={loaderData.rows} actionData={actionData} />
        </>
      ) : (
        <PickProducer producers={loaderData.producers} />
      )}
    </>
  )
}

function PickProducer({ producers }: { producers: { id: string; name: string }[] }) {
  const { t } = useTranslation("staff")
  return (
    <Form method="get" className="staff-form">
      <SelectField id="producer" name="producer" label={t("receive.pickProducer")} defaultValue="">
        <option value="">{t("receive.chooseProducer")}</option>
        {producers.map((producer) => (
          <option key={producer.id} value={producer.id}>
            {producer.name}
          </option>
        ))}
      </SelectField>
      <InputField
        id="producer_id"
        name="producer_id"
        label={t("receive.producerId")}
        hint={t("receive.producerIdHint")}
        autoComplete="off"
      />
      <p>
        <button type="submit" className="button">
          {t("receive.continue")}
        </button>
      </p>
    </Form>
  )
}

function ReceiveForm({
  producerId,
  rows,
  actionData,
}: {
  producerId: string
  rows: Route.ComponentProps["loaderData"]["rows"]
  actionData: Route.ComponentProps["actionData"]
}) {
  const { t } = useTranslation("staff")
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
  return (
    <Form method="post" className="staff-form staff-form--wide" noValidate>
      <FormRefusal refusal={actionData?.refusal} errors={errors} />
      <input type="hidden" name="producer_id" value={producerId} />
      <InputField
        id="delivery_note"
        name="delivery_note"
        label={t("receive.deliveryNote")}
        hint={t("receive.deliveryNoteHint")}
        maxLength={200}
        defaultValue={values.delivery_note}
        error={errors.delivery_note ?? errors.producer_id}
      />
      {rows.length ? (
        <QuantityTable
          rows={rows}
          show="stocked"
          quantityLabel={t("receive.quantity")}
          values={values}
          errors={errors}
        />
      ) : (
        <p className="staff-muted">{t("receive.noRows")}</p>
      )}
      <fieldset className="staff-fieldset">
        <legend>{t("receive.otherGoods")}</legend>
        <p className="field__hint">{t("receive.otherGoodsHint")}</p>
        <div className="staff-extra">
          {Array.from({ length: extraRows }, (_, index) => (
            <div key={index} className="staff-extra__row">
              <InputField
                id={`extra-${index}-variant`}
                name={`extra[${index}].variant`}
                label={t("receive.variant", { number: index + 1 })}
                autoComplete="off"
                defaultValue={values[`extra[${index}].variant`]}
                error={errors[`extra.${index}.variant`]}
              />
              <p className="field">
                <label htmlFor={`extra-${index}-quantity`}>
                  {t("receive.variantQuantity", { number: index + 1 })}
                </label>
                <UnitsInput
                  id={`extra-${index}-quantity`}
                  name={`extra[${index}].quantity`}
                  label={t("receive.variantQuantity", { number: index + 1 })}
                  defaultValue={values[`extra[${index}].quantity`]}
                  error={errors[`extra.${index}.quantity`]}
                />
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="staff-actions staff-actions--sticky">
        <SubmitButton label={t("receive.submit")} pendingLabel={t("receive.pending")} />
      </p>
    </Form>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
