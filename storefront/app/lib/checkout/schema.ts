import { z } from "zod"
import { isProvince } from "../core/provinces.ts"
import { paymentMethods } from "./payment.ts"

const trimmed = (max: number) =>
  z
    .string({ required_error: "form.errors.required", invalid_type_error: "form.errors.required" })
    .trim()
    .min(1, "form.errors.required")
    .max(max, "form.errors.tooLong")

/** A mobile (0 + 9 digits) or landline (02 + 9 digits) number, from 0 or +84; spaces, dots and dashes are ignored. */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s.\-()]/g, "")
  const national = compact.startsWith("+84") ? `0${compact.slice(3)}` : compact
  return /^(0[35789]\d{8}|02\d{9})$/.test(national) ? national : null
}

const phone = z
  .string({ required_error: "form.errors.required" })
  .trim()
  .min(1, "form.errors.required")
  .transform((value, context) => {
    const normalized = normalizePhone(value)
    if (!normalized) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: "form.errors.phone" })
      return z.NEVER
    }
    return normalized
  })

export const emailField = z
  .string({ required_error: "form.errors.required" })
  .trim()
  .min(1, "form.errors.required")
  .max(254, "form.errors.tooLong")
  .email("form.errors.email")
  .transform((value) => value.toLowerCase())

const contact = {
  email: emailField,
  full_name: trimmed(120),
  phone,
  shipping_option_id: z
    .string({ required_error: "form.errors.choose" })
    .min(1, "form.errors.choose"),
}

const province = z
  .string({ required_error: "form.errors.required" })
  .trim()
  .min(1, "form.errors.required")
  .refine(isProvince, "form.errors.province")

/**
 * The delivery step. The chosen shipping option says whether the parcel is delivered (an
 * address is required) or picked up at an OCOP centre (the centre is the address). Every
 * wrong field is reported at once.
 */
export function deliveryFormSchema(pickupOptionIds: ReadonlySet<string>) {
  return z.preprocess(
    (raw) => {
      const form = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {}
      const optionId = typeof form.shipping_option_id === "string" ? form.shipping_option_id : ""
      return { ...form, kind: pickupOptionIds.has(optionId) ? "pickup" : "delivery" }
    },
    z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("pickup"),
        ...contact,
        province: z.undefined().catch(undefined),
        commune: z.undefined().catch(undefined),
        address_1: z.undefined().catch(undefined),
      }),
      z.object({
        kind: z.literal("delivery"),
        ...contact,
        province,
        commune: trimmed(80),
        address_1: trimmed(200),
      }),
    ]),
  )
}

export type DeliveryForm = z.infer<ReturnType<typeof deliveryFormSchema>>

export const PaymentFormSchema = z.object({
  payment_method: z.enum(paymentMethods, {
    errorMap: () => ({ message: "form.errors.choose" }),
  }),
})

export { joinFullName, splitFullName } from "../core/names.ts"
