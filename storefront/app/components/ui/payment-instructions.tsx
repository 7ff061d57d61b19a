import { useTranslation } from "react-i18next"
import { QrCodeImage } from "#app/components/ui/qr-code-image.tsx"
import type { BankTransfer } from "#app/lib/checkout/bank-transfer.server.ts"
import { formatDateTime, formatVnd } from "#app/lib/i18n/format.ts"
import type { PaymentMethod } from "#app/lib/checkout/payment.ts"
import type { QrCode } from "#app/lib/core/qr.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { Facts } from "#app/components/ui/facts.tsx"

/** What the backend says about paying a bank-transfer order (bank-transfer.server.ts). */
export type TransferPayment = {
  paid: boolean
  due_by: string | null
  reference: string | null
  bank_transfer: BankTransfer | null
  qr: QrCode | null
}

/**
 * What the shopper does to pay: cash to the courier, or a bank transfer — a VietQR code their
 * banking app scans (account, exact amount and reference filled in), and the same as text.
 */
export function PaymentInstructions({
  method,
  total,
  transfer,
}: {
  method: PaymentMethod | null
  total: number
  transfer: TransferPayment | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const amount = formatVnd(total, locale)
  if (method === "bank_transfer") {
    if (transfer?.paid) {
      return (
        <p className="payment-instructions">{t("confirmation.transferReceived", { amount })}</p>
      )
    }
    const account = transfer?.bank_transfer ?? null
    const reference = transfer?.reference ?? null
    return (
      <section className="payment-instructions" aria-labelledby="transfer-title">
        <h2 id="transfer-title">{t("confirmation.transferTitle")}</h2>
        <p>{t("confirmation.transferLead", { amount })}</p>
        {account && transfer?.qr ? (
          <figure className="payment-instructions__qr">
            <QrCodeImage
              qr={transfer.qr}
              label={t("confirmation.qrLabel", { amount, reference: account.reference })}
            />
            <figcaption>{t("confirmation.qrCaption")}</figcaption>
          </figure>
        ) : null}
        <Facts
          facts={[
            [t("confirmation.bank"), account?.bank_name],
            [t("confirmation.accountNumber"), account?.account_number],
            [t("confirmation.accountHolder"), account?.account_name],
            [t("confirmation.amount"), amount],
            [t("confirmation.reference"), reference ? <strong>{reference}</strong> : null],
          ]}
        />
        <p>{account ? t("confirmation.transferNote") : t("confirmation.transferAccountLater")}</p>
        {transfer?.due_by ? (
          <p>
            {t("confirmation.transferDueBy", {
              when: formatDateTime(transfer.due_by, locale, "medium"),
            })}
          </p>
        ) : null}
      </section>
    )
  }
  if (method === "card") {
    return <p className="payment-instructions">{t("confirmation.cardPaid", { amount })}</p>
  }
  return <p className="payment-instructions">{t("confirmation.codNote", { amount })}</p>
}
