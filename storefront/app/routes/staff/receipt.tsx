import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/receipt"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { QrCodeImage } from "#app/components/ui/qr-code-image.tsx"
import { formatDateTime, formatVnd } from "#app/lib/format.ts"
import { getLocale } from "#app/lib/i18n.server.ts"
import { portalMeta } from "#app/lib/producer-meta.ts"
import { qrCode } from "#app/lib/qr.server.ts"
import { getCounterSale } from "#app/lib/staff-api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff-auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff-meta.server.ts"
import { placePath } from "#app/lib/staff-paths.ts"
import { useHydrated } from "#app/lib/use-hydrated.ts"
import { useLocale } from "#app/lib/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The printable receipt of a counter sale of this place; another place's sale is a 404. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const receipt = await staffCall(request, locale, () =>
    getCounterSale(token, params.placeId, params.orderId, request.signal),
  )
  const qr = receipt.transfer ? qrCode(receipt.transfer.payload) : null
  return { seo: staffSeo(context, staffT(context)("receipt.title")), receipt, qr }
}

export default function Receipt({ loaderData: { receipt, qr } }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const hydrated = useHydrated()
  const when = formatDateTime(receipt.created_at, locale, "medium")
  return (
    <>
      <p className="staff-actions staff-noprint">
        {hydrated ? (
          <button type="button" className="button" onClick={() => window.print()}>
            {t("receipt.print")}
          </button>
        ) : null}
        <Link className="button button--secondary" to={placePath(receipt.place.id, "sale", locale)}>
          {t("receipt.newSale")}
        </Link>
        <Link to={placePath(receipt.place.id, "receipts", locale)}>{t("receipt.backToList")}</Link>
      </p>
      <article className="staff-receipt" aria-labelledby="receipt-title">
        <h1 id="receipt-title">{t("receipt.title")}</h1>
        <p className="staff-receipt__place">{receipt.place.name}</p>
        <dl className="staff-receipt__facts">
          <dt>{t("receipt.order")}</dt>
          <dd>
            {receipt.display_id !== null ? `#${receipt.display_id} · ` : null}
            <span className="staff-receipt__id">{receipt.id}</span>
          </dd>
          <dt>{t("receipt.date")}</dt>
          <dd>{when}</dd>
          <dt>{t("receipt.payment")}</dt>
          <dd>{t(`payment.${receipt.payment_method}`)}</dd>
          <dt>{t("receipt.staff")}</dt>
          <dd>{receipt.staff ? (receipt.staff.name ?? receipt.staff.email) : "—"}</dd>
        </dl>
        <table className="staff-table staff-receipt__lines">
          <caption className="visually-hidden">{t("receipt.lines")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("receipt.item")}</th>
              <th scope="col" className="staff-table__number">
                {t("receipt.quantity")}
              </th>
              <th scope="col" className="staff-table__number">
                {t("receipt.unitPrice")}
              </th>
              <th scope="col" className="staff-table__number">
                {t("receipt.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {receipt.items.map((line, index) => (
              <tr key={index}>
                <th scope="row">{line.title}</th>
                <td className="staff-table__number">{line.quantity}</td>
                <td className="staff-table__number">{formatVnd(line.unit_price, locale)}</td>
                <td className="staff-table__number">
                  {formatVnd(line.unit_price * line.quantity, locale)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t("receipt.total")}
              </th>
              <td className="staff-table__number">{formatVnd(receipt.total, locale)}</td>
            </tr>
          </tfoot>
        </table>
        {receipt.transfer && qr ? (
          <section className="staff-receipt__transfer" aria-labelledby="receipt-transfer">
            <h2 id="receipt-transfer">{t("receipt.transferTitle")}</h2>
            <QrCodeImage
              qr={qr}
              label={t("receipt.qrLabel", {
                amount: formatVnd(receipt.transfer.amount, locale),
                reference: receipt.transfer.reference,
              })}
            />
            <dl className="staff-receipt__facts">
              <dt>{t("receipt.bank")}</dt>
              <dd>{receipt.transfer.bank_name}</dd>
              <dt>{t("receipt.accountNumber")}</dt>
              <dd>{receipt.transfer.account_number}</dd>
              <dt>{t("receipt.accountHolder")}</dt>
              <dd>{receipt.transfer.account_name}</dd>
              <dt>{t("receipt.transferAmount")}</dt>
              <dd>{formatVnd(receipt.transfer.amount, locale)}</dd>
              <dt>{t("receipt.reference")}</dt>
              <dd>{receipt.transfer.reference}</dd>
            </dl>
          </section>
        ) : null}
        <p className="staff-receipt__thanks">{t("receipt.thanks")}</p>
      </article>
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
