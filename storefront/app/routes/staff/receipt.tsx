import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/receipt"
import { PrintButton } from "#app/components/fairs/print-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { DataTable, numberColumn, TotalRow } from "#app/components/ui/data-table.tsx"
import { QrCodeImage } from "#app/components/ui/qr-code-image.tsx"
import { formatDateTime, formatVnd } from "#app/lib/i18n/format.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { qrCode } from "#app/lib/core/qr.server.ts"
import { getCounterSale } from "#app/lib/staff/api.server.ts"
import { staffRead } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath, receiptPath, returnPath } from "#app/lib/staff/paths.ts"
import type { CounterReturn } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The printable receipt of a counter sale of this place; another place's sale is a 404. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const receipt = await staffRead({ context, request }, (token, signal) =>
    getCounterSale(token, params.placeId, params.orderId, signal),
  )
  const qr = receipt.transfer ? qrCode(receipt.transfer.payload) : null
  return { seo: staffSeo(context, staffT(context)("receipt.title")), receipt, qr }
}

export default function Receipt({ loaderData: { receipt, qr } }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const when = formatDateTime(receipt.created_at, locale, "medium")
  return (
    <>
      <p className="staff-actions staff-noprint">
        <PrintButton label={t("receipt.print")} />
        <Link className="button button--secondary" to={placePath(receipt.place.id, "sale", locale)}>
          {t("receipt.newSale")}
        </Link>
        {receipt.items.some((item) => item.quantity > item.returned_quantity) ? (
          <Link
            className="button button--secondary"
            to={returnPath(receipt.place.id, receipt.id, locale)}
          >
            {t("receipt.return")}
          </Link>
        ) : null}
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
          {receipt.exchange_of ? (
            <>
              <dt>{t("receipt.exchangeOf")}</dt>
              <dd>
                <Link to={receiptPath(receipt.place.id, receipt.exchange_of.order_id, locale)}>
                  {t("receipt.originalReceipt")}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
        <DataTable
          className="staff-receipt__lines"
          wrap={false}
          caption={t("receipt.lines")}
          columns={[
            t("receipt.item"),
            numberColumn(t("receipt.quantity")),
            numberColumn(t("receipt.unitPrice")),
            numberColumn(t("receipt.amount")),
          ]}
          foot={
            <TotalRow label={t("receipt.total")} span={3}>
              {formatVnd(receipt.total, locale)}
            </TotalRow>
          }
        >
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
        </DataTable>
        {receipt.returns.map((entry) => (
          <ReturnSection key={entry.id} entry={entry} placeId={receipt.place.id} />
        ))}
        {receipt.returns.length ? (
          <p className="staff-receipt__net">
            <span>{t("receipt.netTotal")}</span>
            <span>{formatVnd(receipt.total - receipt.refunded_total, locale)}</span>
          </p>
        ) : null}
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

/** One return of this sale on the receipt: lines back, the refund, and any exchange. */
function ReturnSection({ entry, placeId }: { entry: CounterReturn; placeId: string }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const headingId = `return-${entry.id}`
  return (
    <section className="staff-receipt__return" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(entry.exchange ? "receipt.exchangeTitle" : "receipt.returnTitle")}
        <span className="staff-receipt__when">
          {formatDateTime(entry.created_at, locale, "medium")}
        </span>
      </h2>
      <DataTable
        className="staff-receipt__lines"
        wrap={false}
        caption={t("receipt.returnedLines")}
        columns={[
          t("receipt.item"),
          numberColumn(t("receipt.quantity")),
          numberColumn(t("receipt.amount")),
        ]}
        foot={<ReturnTotals entry={entry} placeId={placeId} />}
      >
        {entry.items.map((line) => (
          <tr key={line.item_id}>
            <th scope="row">{line.title}</th>
            <td className="staff-table__number">−{line.quantity}</td>
            <td className="staff-table__number">
              −{formatVnd(line.unit_price * line.quantity, locale)}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  )
}

/** What the return paid back and, for an exchange, the new sale and the balance. */
function ReturnTotals({ entry, placeId }: { entry: CounterReturn; placeId: string }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <>
      <TotalRow
        label={t("receipt.refund", { method: t(`payment.${entry.payment_method}`) })}
        span={2}
      >
        {formatVnd(entry.refund_total, locale)}
      </TotalRow>
      {entry.exchange ? (
        <>
          <TotalRow
            label={
              <Link to={receiptPath(placeId, entry.exchange.order_id, locale)}>
                {t("receipt.exchangeSale")}
              </Link>
            }
            span={2}
          >
            {formatVnd(entry.exchange.total, locale)}
          </TotalRow>
          <TotalRow
            label={t(entry.balance >= 0 ? "receipt.balanceToPay" : "receipt.balanceToGiveBack")}
            span={2}
          >
            {formatVnd(Math.abs(entry.balance), locale)}
          </TotalRow>
        </>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
