import { describe, expect, test } from "vitest"
import {
  bankTransferDetails,
  bankTransferQrImage,
  vietQrAccount,
  vietQrPayload,
} from "../bank-transfer/vietqr"

const env = {
  OCOP_VIETQR_BANK_BIN: "970436",
  OCOP_VIETQR_ACCOUNT_NUMBER: "0011004455667",
  OCOP_VIETQR_ACCOUNT_NAME: "CONG TY OCOP VIET NAM",
}

/** EMVCo TLV: two-digit id, two-digit length, value; read independently of the encoder. */
function tlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  let at = 0
  while (at < text.length) {
    const id = text.slice(at, at + 2)
    const length = Number(text.slice(at + 2, at + 4))
    expect(Number.isInteger(length), `length of field ${id}`).toBe(true)
    fields.set(id, text.slice(at + 4, at + 4 + length))
    at += 4 + length
  }
  expect(at).toBe(text.length)
  return fields
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), as EMVCo asks. */
function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

describe("VietQR payload (NAPAS 247, EMVCo merchant-presented QR)", () => {
  const account = vietQrAccount(env)!
  const payload = vietQrPayload(account, 190000, "OCOP 42")
  const fields = tlv(payload)

  test("the CRC check is the standard one (CRC-16/CCITT-FALSE of '123456789' is 29B1)", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1")
  })

  test("format 01, dynamic (12: one payment, one amount)", () => {
    expect(payload.startsWith("000201")).toBe(true)
    expect(fields.get("00")).toBe("01")
    expect(fields.get("01")).toBe("12")
  })

  test("field 38 names NAPAS, the bank's BIN, the account and transfer to an account", () => {
    const merchant = tlv(fields.get("38")!)
    expect(merchant.get("00")).toBe("A000000727")
    const beneficiary = tlv(merchant.get("01")!)
    expect(beneficiary.get("00")).toBe("970436")
    expect(beneficiary.get("01")).toBe("0011004455667")
    expect(merchant.get("02")).toBe("QRIBFTTA")
  })

  test("currency VND (704), the exact amount in whole đồng, country VN", () => {
    expect(fields.get("53")).toBe("704")
    expect(fields.get("54")).toBe("190000")
    expect(fields.get("58")).toBe("VN")
  })

  test("field 62 carries the order's transfer reference as the purpose (08)", () => {
    expect(tlv(fields.get("62")!).get("08")).toBe("OCOP 42")
  })

  test("field 63 is last and is the CRC-16/CCITT-FALSE of everything before it, '6304' included", () => {
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(fields.get("63")).toBe(crc16CcittFalse(payload.slice(0, -4)))
  })

  test("a fractional or non-positive amount is refused: VND has no minor unit", () => {
    expect(() => vietQrPayload(account, 1900.5, "OCOP 1")).toThrow(/whole number of đồng/)
    expect(() => vietQrPayload(account, 0, "OCOP 1")).toThrow(/whole number of đồng/)
  })
})

describe("the payee account is configuration", () => {
  test("unset: no account, no QR", () => {
    expect(vietQrAccount({})).toBeNull()
    expect(bankTransferDetails({ display_id: 1, total: 1000 }, {})).toBeNull()
  })

  test("the bank's name comes from the NAPAS list by BIN", () => {
    expect(vietQrAccount(env)?.bank_name).toBe("Vietcombank")
  })

  test("a malformed BIN or account number is refused, never drawn", () => {
    expect(() => vietQrAccount({ ...env, OCOP_VIETQR_BANK_BIN: "97043" })).toThrow(/6-digit/)
    expect(() => vietQrAccount({ ...env, OCOP_VIETQR_ACCOUNT_NUMBER: "001 100" })).toThrow()
  })

  test("an order's details: its total, its reference 'OCOP <number>' and the payload of both", () => {
    const details = bankTransferDetails({ display_id: 1042, total: 85000 }, env)!
    expect(details).toMatchObject({ amount: 85000, reference: "OCOP 1042" })
    expect(tlv(details.payload).get("54")).toBe("85000")
  })

  test("the email picture is a PNG, also as a data URL and an inline attachment", async () => {
    const image = (await bankTransferQrImage({ display_id: 7, total: 115000 }, env))!
    expect(image.png.subarray(1, 4).toString("latin1")).toBe("PNG")
    expect(image.dataUrl.startsWith("data:image/png;base64,")).toBe(true)
    expect(image.attachment).toMatchObject({ id: image.cid, content_type: "image/png" })
  })
})
