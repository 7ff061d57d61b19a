import { z } from "zod"
import { maxLineQuantity } from "../core/limits.ts"

const quantity = z.coerce
  .number({ invalid_type_error: "form.errors.required" })
  .int("form.errors.required")
  .min(1, "form.errors.required")
  .max(maxLineQuantity, "form.errors.tooLong")

/** The product page's form: one variant, 1–99 of it. */
export const AddToCartSchema = z.object({
  variant_id: z
    .string({ required_error: "form.errors.choose" })
    .regex(/^variant_\w+$/, "form.errors.choose"),
  quantity: quantity.default(1),
})

/** The cart page's forms: change a line's quantity (0 removes it) or remove it. */
export const CartLineSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("update"),
    line_id: z.string().regex(/^cali_\w+$/),
    quantity: z.coerce.number().int().min(0).max(maxLineQuantity),
  }),
  z.object({ intent: z.literal("remove"), line_id: z.string().regex(/^cali_\w+$/) }),
])
