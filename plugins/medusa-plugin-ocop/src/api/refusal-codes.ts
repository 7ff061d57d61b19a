/**
 * The machine codes a producer-portal refusal carries next to its English `message`
 * (`{ type, code, field, message }`, the shape the staff portal already reads). The storefront
 * translates each code (`storefront/app/locales/{vi,en}/producer.json`, `errors.code.*`) and
 * its unit test walks this list, so a new code without a translation fails there.
 * No imports: the storefront's test reads this file as it is.
 */
export const PRODUCER_REFUSAL_CODES = [
  /** A required field is missing or blank. */
  "required",
  /** A text longer than the field allows. */
  "too_long",
  /** A list with more entries than allowed (variants, images, stories). */
  "too_many",
  /** A list with fewer entries than required (a product needs one variant). */
  "too_few",
  /** A number under the field's minimum (a price under 1.000 đồng). */
  "too_small",
  /** A number over the field's maximum. */
  "too_large",
  /** A fraction where only whole numbers go (prices in đồng, grams). */
  "not_whole",
  /** A product address other than lowercase letters, digits and dashes. */
  "invalid_handle",
  /** Not an http(s) address. */
  "invalid_url",
  /** A field the API does not take (status, sales channels…). */
  "unknown_field",
  /** A value of the wrong kind. */
  "invalid",
  /** Text with control or text-direction characters (`lib/text-safety.ts`). */
  "unsafe_text",
  /** A media address refused by the input check (`lib/input-safety.ts`). */
  "media_url",
  /** A fractional or negative quantity refused by the input check. */
  "whole_units",
  /** Another product already has this address. */
  "handle_taken",
  /** A variant id that is not one of this product's variants (a stale form, or not theirs). */
  "unknown_variant",
] as const

export type ProducerRefusalCode = (typeof PRODUCER_REFUSAL_CODES)[number]
