import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/home"
import { OrganizerErrorBoundary } from "#app/components/organizer/error-boundary.tsx"
import { OrganizerForm, stateOf, TextField } from "#app/components/organizer/organizer-form.tsx"
import { DataTable } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatDateRange } from "#app/lib/fairs/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { createFair, listFairs } from "#app/lib/organizer/api.server.ts"
import { organizerCall, organizerToken } from "#app/lib/organizer/auth.server.ts"
import { FairCreateForm } from "#app/lib/organizer/forms.ts"
import { fairPath } from "#app/lib/organizer/paths.ts"
import { submitOrganizerForm } from "#app/lib/organizer/submit.server.ts"
import { portalSeo, portalT } from "#app/lib/portal/meta.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The organiser's own fairs, newest first. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = organizerToken(context)
  const fairs = await organizerCall(request, locale, () => listFairs(token, request.signal))
  return { seo: portalSeo(context, portalT(context, "organizer")("home.title")), fairs }
}

/** Creates a fair (its own fair ground and sales channel) and opens its page. */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = organizerToken(context)
  const form = await request.formData()
  return submitOrganizerForm(
    request,
    locale,
    form,
    FairCreateForm,
    (body) => createFair(token, body),
    (fair) => ({ notice: "fairCreated", to: fairPath(fair.id, locale) }),
  )
}

export default function Home({ loaderData: { fairs }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("organizer")
  const locale = useLocale()
  const { state, field } = stateOf("create", actionData)
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="staff-muted">{t("home.intro")}</p>
      {fairs.length ? (
        <DataTable caption={t("home.title")} columns={[t("fair.name"), t("fair.venue"), ""]}>
          {fairs.map((fair) => (
            <tr key={fair.id}>
              <th scope="row">
                {fair.name}
                <br />
                <span className="staff-muted">
                  {t(`status.${fair.status}`)} ·{" "}
                  {formatDateRange(fair.starts_at, fair.ends_at, locale)}
                </span>
              </th>
              <td>{fair.venue}</td>
              <td>
                <Link to={fairPath(fair.id, locale)}>
                  {t("home.open")}
                  <span className="visually-hidden"> {fair.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("home.empty")} description={t("home.emptyText")} />
      )}
      <section aria-labelledby="fair-create">
        <h2 id="fair-create">{t("fair.createTitle")}</h2>
        <OrganizerForm
          state={state}
          title={t("fair.createTitle")}
          submitLabel={t("fair.create")}
          pendingLabel={t("fair.creating")}
        >
          <TextField label={t("fair.name")} {...field("name")} required />
          <TextField label={t("fair.nameEn")} {...field("name_en")} />
          <TextField label={t("fair.slug")} hint={t("fair.slugHint")} {...field("slug")} required />
          <TextField label={t("fair.venue")} {...field("venue")} required />
          <TextField label={t("fair.province")} {...field("province")} required />
          <TextField label={t("fair.commune")} {...field("commune")} required />
          <TextField label={t("fair.address")} {...field("address")} required />
          <TextField
            type="datetime-local"
            label={t("fair.startsAt")}
            {...field("starts_at")}
            required
          />
          <TextField
            type="datetime-local"
            label={t("fair.endsAt")}
            {...field("ends_at")}
            required
          />
        </OrganizerForm>
      </section>
    </>
  )
}

export const ErrorBoundary = OrganizerErrorBoundary
