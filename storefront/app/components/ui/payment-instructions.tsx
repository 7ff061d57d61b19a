import { useTranslation } from "react-i18next"
import { formatVnd } from "#app/lib/format.ts"
import { transferReference, type PaymentMethod } from "#app/lib/payment.ts"
import { useLocale } from "#app/lib/use-locale.ts"

export type BankAccount = { bank: string; account: string; holder: string }

/** What the shopper does to pay: cash to the courier, a bank transfer with the order number. */
export function PaymentInstructions({
  method,
  total,
  displayId,
  bankAccount,
}: {
  method: PaymentMethod | null
  total: number
  displayId: number
  bankAccount: BankAccount | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const amount = formatVnd(total, locale)
  if (method === "bank_transfer") {
    return (
      <section className="payment-instructions" aria-labelledby="transfer-title">
        <h2 id="transfer-title">{t("confirmation.transferTitle")}</h2>
        <p>{t("confirmation.transferLead", { amount })}</p>
        <dl className="facts">
          {bankAccount ? (
            <>
              <dt>{t("confirmation.bank")}</dt>
              <dd>{bankAccount.bank}</dd>
              <dt>{t("confirmation.accountNumber")}</dt>
              <dd>{bankAccount.account}</dd>
              <dt>{t("confirmation.accountHolder")}</dt>
              <dd>{bankAccount.holder}</dd>
            </>
          ) : null}
          <dt>{t("confirmation.amount")}</dt>
          <dd>{amount}</dd>
          <dt>{t("confirmation.reference")}</dt>
          <dd>
            <strong>{transferReference(displayId)}</strong>
          </dd>
        </dl>
        <p>
          {bankAccount ? t("confirmation.transferNote") : t("confirmation.transferAccountLater")}
        </p>
      </section>
    )
  }
  if (method === "card") {
    return <p className="payment-instructions">{t("confirmation.cardPaid", { amount })}</p>
  }
  return <p className="payment-instructions">{t("confirmation.codNote", { amount })}</p>
}
