import { useTranslation } from "react-i18next"
import { Form } from "react-router"
import type { Route } from "./+types/transfer-new"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { InputField, SelectField } from "#app/components/staff/fields.tsx"
import { QuantityTable } from "#app/components/staff/quantity-table.tsx"
import { formState, ShelfFormPage, StaffPostForm } from "#app/components/staff/staff-form.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listShelf, sendTransfer } from "#app/lib/staff/api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { provinces, isProvince } from "#app/lib/core/provinces.ts"
import { provincePlaces } from "#app/lib/staff/directory.server.ts"
import { availableByVariant, transferBody } from "#app/lib/staff/forms.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath } from "#app/lib/staff/paths.ts"
import { redirectWithStaffNotice } from "#app/lib/staff/session.server.ts"
import { submitStaffForm } from "#app/lib/staff/submit.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/**
 * Goods sent to another place of the network: they leave now and arrive when received there.
 * The destination is picked in two steps, its province and then the place (a plain GET form
 * first): the network has thousands of places, a province a few hundred at most.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const asked = new URL(request.url).searchParams.get("province") ?? ""
  const province = isProvince(asked) ? asked : ""
  const [shelf, places] = await Promise.all([
    staffCall(request, locale, () => listShelf(token, params.placeId, "", request.signal)),
    province ? provincePlaces(province, request.signal) : Promise.resolve([]),
  ])
  return {
    seo: staffSeo(context, staffT(context)("transfer.title")),
    rows: shelf.filter((row) => row.variant_id && row.available > 0),
    province,
    destinations: places
      .filter((place) => place.id !== params.placeId)
      .map((place) => ({ id: place.id, name: place.name })),
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const shelf = await staffCall(request, locale, () => listShelf(token, params.placeId))
  return submitStaffForm(
    request,
    locale,
    form,
    transferBody(form, params.placeId, availableByVariant(shelf)),
    (body) => sendTransfer(token, params.placeId, body),
    () =>
      redirectWithStaffNotice(
        request,
        "transferSent",
        placePath(params.placeId, "transfers", locale),
      ),
  )
}

export default function TransferNew({
  loaderData: { rows, province, destinations },
  actionData,
}: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  return (
    <ShelfFormPage
      title={t("transfer.title")}
      intro={t("transfer.intro")}
      empty={rows.length ? null : { title: t("sale.empty"), description: t("sale.emptyText") }}
    >
      <Form method="get" className="staff-form">
        <SelectField
          id="province"
          name="province"
          label={t("transfer.province")}
          defaultValue={province}
          required
        >
          <option value="" disabled>
            {t("transfer.chooseProvince")}
          </option>
          {provinces.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
        <p>
          <button type="submit" className="button button--secondary">
            {t("transfer.showPlaces")}
          </button>
        </p>
      </Form>
      {!province ? null : !destinations.length ? (
        <EmptyState
          title={t("transfer.noPlaces", { province })}
          description={t("transfer.noPlacesText")}
        />
      ) : (
        <SendForm destinations={destinations} rows={rows} actionData={actionData} />
      )}
    </ShelfFormPage>
  )
}

function SendForm({
  destinations,
  rows,
  actionData,
}: Pick<Route.ComponentProps["loaderData"], "destinations" | "rows"> & {
  actionData: Route.ComponentProps["actionData"]
}) {
  const { t } = useTranslation("staff")
  const state = formState(actionData)
  const { values, errors } = state
  return (
    <StaffPostForm
      state={state}
      submitLabel={t("transfer.submit")}
      pendingLabel={t("transfer.pending")}
    >
      <SelectField
        id="to_place_id"
        name="to_place_id"
        label={t("transfer.destination")}
        defaultValue={values.to_place_id ?? ""}
        error={errors.to_place_id}
        required
      >
        <option value="">{t("transfer.chooseDestination")}</option>
        {destinations.map((place) => (
          <option key={place.id} value={place.id}>
            {place.name}
          </option>
        ))}
      </SelectField>
      <InputField
        id="note"
        name="note"
        label={t("transfer.note")}
        hint={t("transfer.noteHint")}
        maxLength={500}
        autoComplete="off"
        defaultValue={values.note}
        error={errors.note}
      />
      <QuantityTable
        rows={rows}
        show="available"
        quantityLabel={t("transfer.quantity")}
        values={values}
        errors={errors}
      />
    </StaffPostForm>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
