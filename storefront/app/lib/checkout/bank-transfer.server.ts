import type { Locale } from "../i18n/i18n.ts"
import { getMedusa, Missing, storeCall, storeHeaders, Unauthorized } from "../core/medusa.server.ts"
import type { PaymentMethod } from "./payment.ts"
import { qrCode } from "../core/qr.server.ts"

/** The shop's account and this order's VietQR code, as the backend computes them. */
export type BankTransfer = {
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  /** Whole đồng: the order's total. */
  amount: number
  /** "OCOP <order number>": the backend's one definition. */
  reference: string
  payload: string
}

/** How an order is paid, for its confirmation page. */
export type OrderPayment = {
  payment_method: PaymentMethod | null
  paid: boolean
  /** When an unpaid bank transfer is cancelled (ISO time), else null. */
  due_by: string | null
  reference: string | null
  /** Null unless an unpaid bank transfer with a configured account. */
  bank_transfer: BankTransfer | null
}

const orderTokenHeader = "x-order-access-token"

async function fetchPayment(id: string, headers: Record<string, string>) {
  const { payment } = await storeCall("order payment", () =>
    getMedusa().client.fetch<{ payment: OrderPayment }>(
      `/store/orders/${encodeURIComponent(id)}/bank-transfer`,
      { headers },
    ),
  )
  return payment
}

/**
 * The order's payment facts with the same proof as reading the order (its customer's token or
 * its access token), the VietQR code drawn here as an SVG path. Null without proof.
 */
export async function findOrderPayment(
  id: string,
  locale: Locale,
  { customerToken, accessToken }: { customerToken: string | null; accessToken?: string },
) {
  const attempts = [
    customerToken ? storeHeaders(locale, customerToken) : null,
    accessToken ? { ...storeHeaders(locale), [orderTokenHeader]: accessToken } : null,
  ].filter((headers) => headers !== null)
  for (const headers of attempts) {
    try {
      const payment = await fetchPayment(id, headers)
      return {
        ...payment,
        qr: payment.bank_transfer ? qrCode(payment.bank_transfer.payload) : null,
      }
    } catch (error) {
      if (!(error instanceof Missing || error instanceof Unauthorized)) throw error
    }
  }
  return null
}
