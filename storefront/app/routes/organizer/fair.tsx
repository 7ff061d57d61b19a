import { useTranslation } from "react-i18next"
import { data, Link } from "react-router"
import type { Route } from "./+types/fair"
import { OrganizerErrorBoundary } from "#app/components/organizer/error-boundary.tsx"
import { FairApplications } from "#app/components/organizer/fair-applications.tsx"
import { FairBooths } from "#app/components/organizer/fair-booths.tsx"
import { FairDetails } from "#app/components/organizer/fair-details.tsx"
import {
  FairCounter,
  FairStockMove,
  FairStockTable,
} from "#app/components/organizer/fair-stock.tsx"
import { formatDateRange } from "#app/lib/fairs/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import {
  addBooth,
  addEntry,
  getFair,
  getSales,
  getStock,
  moveStock,
  sell,
  updateFair,
} from "#app/lib/organizer/api.server.ts"
import {
  AcceptForm,
  applicationIntent,
  DeclineForm,
  type AcceptBody,
  type DeclineBody,
} from "#app/lib/organizer/application-forms.ts"
import { decideApplication, listApplications } from "#app/lib/organizer/applications.server.ts"
import { organizerCall, organizerToken } from "#app/lib/organizer/auth.server.ts"
import { BoothForm, EntryForm, FairEditForm, MoveForm, SaleForm } from "#app/lib/organizer/forms.ts"
import { fairPath, type OrganizerNotice } from "#app/lib/organizer/paths.ts"
import { submitOrganizerForm } from "#app/lib/organizer/submit.server.ts"
import { portalSeo } from "#app/lib/portal/meta.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** One of the organiser's fairs (another organiser's is a 404): catalog, stock and sales. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = organizerToken(context)
  const { signal } = request
  const [fair, stock, sales, applications] = await organizerCall(request, locale, () =>
    Promise.all([
      getFair(token, params.fairId, signal),
      getStock(token, params.fairId, signal),
      getSales(token, params.fairId, signal),
      listApplications(token, params.fairId, signal),
    ]),
  )
  return { seo: portalSeo(context, fair.name), fair, stock, sales, applications }
}

/** The fair page's forms, told apart by their `intent`; each comes back to this page. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = organizerToken(context)
  const form = await request.formData()
  const id = params.fairId
  const back = (notice: OrganizerNotice) => () => ({ notice, to: fairPath(id, locale) })
  const submit = submitOrganizerForm.bind(null, request, locale, form)
  const decision = applicationIntent(String(form.get("intent") ?? ""))
  if (decision?.verb === "accept") {
    const send = (body: AcceptBody) => decideApplication(token, id, { verb: "accept", ...body })
    return submit(AcceptForm, send, back("applicationAccepted"))
  }
  if (decision?.verb === "decline") {
    const send = (body: DeclineBody) => decideApplication(token, id, { verb: "decline", ...body })
    return submit(DeclineForm, send, back("applicationDeclined"))
  }
  switch (form.get("intent")) {
    case "edit":
      return submit(FairEditForm, (body) => updateFair(token, id, body), back("fairSaved"))
    case "booth":
      return submit(BoothForm, (body) => addBooth(token, id, body), back("boothAdded"))
    case "entry":
      return submit(EntryForm, (body) => addEntry(token, id, body), back("entriesAdded"))
    case "move":
      return submit(MoveForm, (body) => moveStock(token, id, body), back("stockMoved"))
    case "sale":
      return submit(SaleForm, (body) => sell(token, id, body), back("sold"))
    default:
      throw data({ message: "bad_request" }, { status: 400 })
  }
}

export default function Fair({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("organizer")
  const locale = useLocale()
  const { fair, stock, sales, applications } = loaderData
  return (
    <>
      <h1>{fair.name}</h1>
      <p className="staff-muted">
        {t(`status.${fair.status}`)} · {formatDateRange(fair.starts_at, fair.ends_at, locale)} ·{" "}
        {fair.venue}
      </p>
      <p className="staff-actions">
        <Link to={localizePath(`/fairs/${fair.slug}`, locale)}>{t("fair.publicPage")}</Link>
        <Link to={localizePath(`/fairs/${fair.slug}/print`, locale)}>{t("fair.printCatalog")}</Link>
      </p>
      <FairStockTable stock={stock} sales={sales} />
      <h2>{t("sale.title")}</h2>
      <FairCounter stock={stock} actionData={actionData} />
      <h2>{t("stock.moveTitle")}</h2>
      <FairStockMove fair={fair} actionData={actionData} />
      <FairApplications applications={applications} actionData={actionData} />
      <FairBooths fair={fair} actionData={actionData} />
      <FairDetails fair={fair} actionData={actionData} />
    </>
  )
}

export const ErrorBoundary = OrganizerErrorBoundary
