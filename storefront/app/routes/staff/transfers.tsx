import { useTranslation } from "react-i18next"
import { data, Form, Link } from "react-router"
import type { Route } from "./+types/transfers"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import type { Refusal } from "#app/components/staff/form-refusal.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatDateTime } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { confirmArrival, listShelf, listTransfers } from "#app/lib/staff/api.server.ts"
import { refusalOf, staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath } from "#app/lib/staff/paths.ts"
import { redirectWithStaffNotice } from "#app/lib/staff/session.server.ts"
import { transferViews, type TransferView } from "#app/lib/staff/transfers.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** Transfers leaving or arriving here, newest first; incoming ones in transit can be received. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const [transfers, shelf] = await Promise.all([
    staffCall(request, locale, () => listTransfers(token, params.placeId, request.signal)),
    staffCall(request, locale, () => listShelf(token, params.placeId, "", request.signal)),
  ])
  return {
    seo: staffSeo(context, staffT(context)("transfers.title")),
    transfers: transferViews(transfers, params.placeId, shelf),
  }
}

/** "Confirm arrival": the goods go on this shelf. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const transferId = String((await request.formData()).get("transfer_id") ?? "").slice(0, 64)
  try {
    await staffCall(request, locale, () => confirmArrival(token, params.placeId, transferId))
  } catch (error) {
    const refusal: Refusal = refusalOf(error)
    return data({ refusal, transferId }, { status: refusal.status })
  }
  return redirectWithStaffNotice(
    request,
    "transferReceived",
    placePath(params.placeId, "transfers", locale),
  )
}

export default function Transfers({
  loaderData: { transfers },
  actionData,
  params,
}: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <>
      <div className="staff-heading">
        <h1>{t("transfers.title")}</h1>
        <Link className="button" to={placePath(params.placeId, "transfer", locale)}>
          {t("transfers.new")}
        </Link>
      </div>
      {actionData?.refusal ? (
        <FormAlert>
          {t("refusal.refused")}
          <span className="staff-refusal">{actionData.refusal.message}</span>
        </FormAlert>
      ) : null}
      {transfers.length ? (
        <ul className="staff-transfers">
          {transfers.map((transfer) => (
            <TransferCard key={transfer.id} transfer={transfer} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t("transfers.empty")} description={t("transfers.emptyText")} />
      )}
    </>
  )
}

function TransferCard({ transfer }: { transfer: TransferView }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const date = (iso: string) => formatDateTime(iso, locale, "medium")
  const headingId = `transfer-${transfer.id}`
  return (
    <li className="staff-transfer" aria-labelledby={headingId}>
      <h2 id={headingId} className="staff-transfer__title">
        {transfer.direction === "incoming"
          ? t("transfers.from", { place: transfer.otherPlace })
          : t("transfers.to", { place: transfer.otherPlace })}
      </h2>
      <p className="staff-transfer__status">
        <span className={`staff-badge staff-badge--${transfer.status}`}>
          {t(`transfers.status.${transfer.status}`)}
        </span>{" "}
        <span className="staff-muted">
          {t("transfers.sent", { date: date(transfer.created_at) })}
          {transfer.received_at
            ? ` · ${t("transfers.received", { date: date(transfer.received_at) })}`
            : null}
        </span>
      </p>
      <ul className="staff-transfer__lines">
        {transfer.lines.map((line) => (
          <li key={line.variant_id}>
            {t("transfers.line", { count: line.quantity, item: line.title })}
          </li>
        ))}
      </ul>
      {transfer.note ? (
        <p className="staff-muted">{t("transfers.note", { note: transfer.note })}</p>
      ) : null}
      {transfer.direction === "incoming" && transfer.status === "in_transit" ? (
        <Form method="post">
          <input type="hidden" name="transfer_id" value={transfer.id} />
          <SubmitButton
            label={t("transfers.confirm")}
            pendingLabel={t("transfers.confirming")}
            aria-describedby={headingId}
          />
        </Form>
      ) : null}
    </li>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
