import QRCode from "qrcode"
import { BanksObject, QRPay } from "vietnam-qr-pay"
import { transferReference } from "../../modules/ocop/lib/payment-rules"

/**
 * VietQR: the NAPAS 247 QR code every Vietnamese banking app scans to fill in a transfer — the
 * shop's bank (its BIN) and account, the exact amount in đồng and the transfer reference. The
 * payload is EMVCo merchant-presented QR, encoded by `vietnam-qr-pay`; the picture is drawn
 * by `qrcode`.
 */

/** The shop's account shoppers pay into, from OCOP_VIETQR_* (unset: no QR, details by hand). */
export type VietQrAccount = {
  bank_bin: string
  /** The bank's short name from the NAPAS list ("Vietcombank"), or the BIN when unknown. */
  bank_name: string
  account_number: string
  account_name: string
}

/** What a shopper needs to pay one order by transfer; `payload` is the QR code's text. */
export type BankTransferDetails = VietQrAccount & {
  amount: number
  reference: string
  payload: string
}

type Env = Record<string, string | undefined>

/**
 * The payee account, or null when the three variables are not all set. A set but malformed
 * value throws: a QR code that pays the wrong account must never be drawn.
 */
export function vietQrAccount(env: Env = process.env): VietQrAccount | null {
  const bin = env.OCOP_VIETQR_BANK_BIN?.trim()
  const number = env.OCOP_VIETQR_ACCOUNT_NUMBER?.trim()
  const name = env.OCOP_VIETQR_ACCOUNT_NAME?.trim()
  if (!bin || !number || !name) return null
  if (!/^\d{6}$/.test(bin)) throw new Error("OCOP_VIETQR_BANK_BIN must be the bank's 6-digit BIN.")
  if (!/^[0-9A-Za-z]{1,19}$/.test(number)) {
    throw new Error("OCOP_VIETQR_ACCOUNT_NUMBER must be 1–19 letters or digits.")
  }
  const bank = Object.values(BanksObject).find((known) => known.bin === bin)
  return {
    bank_bin: bin,
    bank_name: bank?.shortName ?? bin,
    account_number: number,
    account_name: name,
  }
}

/** A VND amount as VietQR carries it: whole đồng, digits only. */
function wholeDong(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new Error(`A VietQR amount is a positive whole number of đồng, not ${amount}.`)
  }
  return String(amount)
}

/**
 * The dynamic VietQR payload (point of initiation 12) for one transfer: field 38 names NAPAS
 * (GUID A000000727), the bank's BIN and the account, service QRIBFTTA (transfer to an
 * account); 53 = 704 (VND), 54 the amount, 58 VN, 62.08 the reference, 63 the CRC.
 */
export function vietQrPayload(account: VietQrAccount, amount: number, reference: string): string {
  return QRPay.initVietQR({
    bankBin: account.bank_bin,
    bankNumber: account.account_number,
    amount: wholeDong(amount),
    purpose: reference,
  }).build()
}

/** What a shopper needs to pay this order by transfer, or null when no account is set. */
export function bankTransferDetails(
  order: { display_id: number; total: number },
  env: Env = process.env,
): BankTransferDetails | null {
  const account = vietQrAccount(env)
  if (!account) return null
  const reference = transferReference(order.display_id)
  const amount = Number(order.total)
  return { ...account, amount, reference, payload: vietQrPayload(account, amount, reference) }
}

/** The QR code's picture: a PNG of about 300 px with its quiet zone. */
export function vietQrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: "png", errorCorrectionLevel: "M", margin: 4, width: 300 })
}

/**
 * For an email about a bank-transfer order: the details and the QR code as a PNG, ready as an
 * inline attachment (`attachment`, shown by `<img src="cid:…">`) or as a data URL. Null when
 * no account is set.
 */
export async function bankTransferQrImage(
  order: { display_id: number; total: number },
  env: Env = process.env,
) {
  const details = bankTransferDetails(order, env)
  if (!details) return null
  const png = await vietQrPng(details.payload)
  const cid = `vietqr-${order.display_id}@ocop`
  return {
    details,
    png,
    cid,
    dataUrl: `data:image/png;base64,${png.toString("base64")}`,
    /** The shape of a Medusa notification attachment. */
    attachment: {
      id: cid,
      filename: `vietqr-${order.display_id}.png`,
      content: png.toString("base64"),
      content_type: "image/png",
      disposition: "inline",
    },
  }
}
