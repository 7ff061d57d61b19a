import { useTranslation } from "react-i18next"
import { data, Form, Link } from "react-router"
import type { Route } from "./+types/receive"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { InputField, SelectField } from "#app/components/staff/fields.tsx"
import { QuantityTable } from "#app/components/staff/quantity-table.tsx"
import { formState, StaffPostForm } from "#app/components/staff/staff-form.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listReceivable, listShelf, receiveGoods } from "#app/lib/staff/api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { receiptBody } from "#app/lib/staff/forms.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath } from "#app/lib/staff/paths.ts"
import { receivableRows } from "#app/lib/staff/receivable.ts"
import { shelfFormAction } from "#app/lib/staff/submit.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** Producers listed to pick from; a longer match list asks for a narrower search. */
const producersShown = 50

/**
 * Goods delivered by a producer on consignment. First the producer (searched by name or by a
 * product's title among those whose certified goods the place can receive), then the
 * quantities of that producer's goods. Plain GET forms: it works without JavaScript.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const url = new URL(request.url)
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200)
  const producerId = (url.searchParams.get("producer") ?? "").trim().slice(0, 64)
  const seo = staffSeo(context, staffT(context)("receive.title"))
  if (producerId) {
    const [page, shelf] = await staffCall(request, locale, () =>
      Promise.all([
        listReceivable(
          token,
          params.placeId,
          { producer_id: producerId, limit: 1 },
          request.signal,
        ),
        listShelf(token, params.placeId, "", request.signal),
      ]),
    )
    const producer = page.producers[0]
    if (!producer) throw data({ message: "not_found" }, { status: 404 })
    return {
      seo,
      q,
      producers: [],
      count: 0,
      picked: { id: producer.id, name: producer.name },
      rows: receivableRows(producer, shelf),
    }
  }
  const page = await staffCall(request, locale, () =>
    listReceivable(token, params.placeId, { q, limit: producersShown }, request.signal),
  )
  return {
    seo,
    q,
    producers: page.producers.map(({ id, name, province }) => ({ id, name, province })),
    count: page.count,
    picked: null,
    rows: [],
  }
}

export function action(args: Route.ActionArgs) {
  return shelfFormAction(args, receiptBody, receiveGoods, "received")
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
            {t("receive.producer")}: <strong>{picked.name}</strong>{" "}
            <Link to={placePath(params.placeId, "receive", locale)}>{t("receive.change")}</Link>
          </p>
          <ReceiveForm producerId={picked.id} rows={loaderData.rows} actionData={actionData} />
        </>
      ) : (
        <PickProducer q={loaderData.q} producers={loaderData.producers} count={loaderData.count} />
      )}
    </>
  )
}

function PickProducer({
  q,
  producers,
  count,
}: {
  q: string
  producers: { id: string; name: string; province: string }[]
  count: number
}) {
  const { t } = useTranslation("staff")
  return (
    <>
      <Form method="get" className="staff-form" role="search">
        <InputField
          id="receive-q"
          name="q"
          type="search"
          label={t("receive.search")}
          hint={t("receive.searchHint")}
          defaultValue={q}
          maxLength={200}
          autoComplete="off"
        />
        <p>
          <button type="submit" className="button button--secondary">
            {t("receive.searchSubmit")}
          </button>
        </p>
      </Form>
      {producers.length ? (
        <Form method="get" className="staff-form">
          <input type="hidden" name="q" value={q} />
          <SelectField
            id="producer"
            name="producer"
            label={t("receive.pickProducer")}
            hint={
              count > producers.length
                ? t("receive.moreMatches", { shown: producers.length, count })
                : undefined
            }
            defaultValue={producers.length === 1 ? (producers[0]?.id ?? "") : ""}
            required
          >
            <option value="" disabled>
              {t("receive.chooseProducer")}
            </option>
            {producers.map((producer) => (
              <option key={producer.id} value={producer.id}>
                {t("receive.producerOption", { name: producer.name, province: producer.province })}
              </option>
            ))}
          </SelectField>
          <p>
            <button type="submit" className="button">
              {t("receive.continue")}
            </button>
          </p>
        </Form>
      ) : (
        <EmptyState
          title={q ? t("receive.noMatch", { q }) : t("receive.noProducers")}
          description={t("receive.noMatchText")}
        />
      )}
    </>
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
  const state = formState(actionData)
  const { values, errors } = state
  if (!rows.length) {
    return <EmptyState title={t("receive.noGoods")} description={t("receive.noGoodsText")} />
  }
  return (
    <StaffPostForm
      state={state}
      submitLabel={t("receive.submit")}
      pendingLabel={t("receive.pending")}
    >
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
      <QuantityTable
        rows={rows}
        show="stocked"
        quantityLabel={t("receive.quantity")}
        values={values}
        errors={errors}
      />
    </StaffPostForm>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
