import { z } from "zod"
import type { ProducerRefusalCode } from "../../../../plugins/medusa-plugin-ocop/src/api/refusal-codes.ts"
import { errorReader, type ErrorKeyOf, type ErrorsOf } from "../core/form.ts"
import type { Locale } from "../i18n/i18n.ts"
import { formatPriceInput, parseVndPrice, type PriceProblem } from "./price.ts"
import { storyBodyHtml, storyBodyInput } from "./story-html.ts"
import type { ProducerProductDetail } from "./types.ts"

/**
 * The portal's forms: what a person submits (strings, kept to fill the form in again after an
 * error) and the exact body the producer API takes (`validators.ts` of the OCOP plugin), with
 * the same limits, so most mistakes are caught here and shown next to their field.
 */

/** The first error of each field, as a translation key (namespace `producer`). */
export const fieldErrors = errorReader([
  "errors.required",
  "errors.tooLong",
  "errors.email",
  "errors.emailTaken",
  "errors.passwordTooShort",
  "errors.phone",
  "errors.handle",
  "errors.handleTaken",
  "errors.url",
  "errors.unsafeText",
  "errors.price.invalid",
  "errors.price.fraction",
  "errors.price.tooSmall",
  "errors.price.tooLarge",
  "errors.weight",
  "errors.tooMany",
  "errors.rejected",
  "errors.tooSmall",
  "errors.tooLarge",
  "errors.notWhole",
  "errors.unknownVariant",
])
/** Field path ("title", "variants.0.price", "vi.body") → its message. */
export type FieldErrors = ErrorsOf<typeof fieldErrors>
export type FieldErrorKey = ErrorKeyOf<typeof fieldErrors>

const priceErrors: Record<Exclude<PriceProblem, "required">, FieldErrorKey> = {
  invalid: "errors.price.invalid",
  fraction: "errors.price.fraction",
  tooSmall: "errors.price.tooSmall",
  tooLarge: "errors.price.tooLarge",
}

const required = (max: number) =>
  z.string().trim().min(1, "errors.required").max(max, "errors.tooLong")
/** An optional text: blank is null (cleared). */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .transform((value) => value || null)

const httpUrl = z
  .string()
  .trim()
  .max(1000, "errors.tooLong")
  .refine((value) => {
    try {
      return ["http:", "https:"].includes(new URL(value).protocol)
    } catch {
      return false
    }
  }, "errors.url")
const optionalUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .transform((value) => value || null)
    .pipe(httpUrl.nullable())

const price = z.string().transform((value, context) => {
  const parsed = parseVndPrice(value)
  if (parsed.ok) return parsed.amount
  context.addIssue({
    code: z.ZodIssueCode.custom,
    message: parsed.problem === "required" ? "errors.required" : priceErrors[parsed.problem],
  })
  return z.NEVER
})

/** Grams, optional: blank is "not given". */
const weight = z
  .string()
  .trim()
  .refine((value) => value === "" || /^\d{1,7}$/.test(value), "errors.weight")
  .transform((value) => (value === "" ? undefined : Number(value)))
  .refine((value) => value === undefined || value <= 1_000_000, "errors.weight")

// Forms as submitted --------------------------------------------------------------------------

export type VariantValues = {
  id: string
  title: string
  sku: string
  price: string
  weight: string
}

export type ProductValues = {
  title: string
  handle: string
  subtitle: string
  description: string
  thumbnail: string
  images: string[]
  variants: VariantValues[]
}

export const maxVariants = 50
export const maxImages = 20

const variantField = /^variants\[(\d{1,2})\]\.(id|title|sku|price|weight)$/

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

export function emptyVariant(): VariantValues {
  return { id: "", title: "", sku: "", price: "", weight: "" }
}

/** The product form's fields; variants come as `variants[0].title`, `variants[0].price`… */
export function productValues(form: FormData): ProductValues {
  const variants: VariantValues[] = []
  for (const [name, value] of form) {
    const match = variantField.exec(name)
    if (!match || typeof value !== "string") continue
    const index = Number(match[1])
    const key = match[2] as keyof VariantValues
    variants[index] ??= emptyVariant()
    variants[index][key] = value
  }
  return {
    title: text(form, "title"),
    handle: text(form, "handle"),
    subtitle: text(form, "subtitle"),
    description: text(form, "description"),
    thumbnail: text(form, "thumbnail"),
    images: form.getAll("images").filter((value): value is string => typeof value === "string"),
    variants: variants.filter(Boolean),
  }
}

/** The edit form filled in from the product as the API returns it. */
export function productFormValues(product: ProducerProductDetail): ProductValues {
  return {
    title: product.title,
    handle: product.handle,
    subtitle: product.subtitle ?? "",
    description: product.description ?? "",
    thumbnail: product.thumbnail ?? "",
    images: product.images.map((image) => image.url),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      sku: variant.sku ?? "",
      price: formatPriceInput(variant.price),
      weight: variant.weight === null ? "" : String(variant.weight),
    })),
  }
}

// API bodies ------------------------------------------------------------------------------------

const variantBody = {
  title: required(100),
  sku: optional(64).transform((value) => value ?? undefined),
  price,
  weight,
}

const ProductCreateForm = z.object({
  title: required(300),
  handle: z
    .string()
    .trim()
    .max(100, "errors.tooLong")
    .refine((value) => value === "" || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), "errors.handle")
    .transform((value) => value || undefined),
  description: optional(5000).transform((value) => value ?? undefined),
  variants: z
    .array(z.object(variantBody))
    .min(1, "errors.required")
    .max(maxVariants, "errors.tooMany"),
})

export type ProductCreateBody = z.infer<typeof ProductCreateForm>

const ProductUpdateForm = z.object({
  title: required(300),
  subtitle: optional(300),
  description: optional(5000),
  thumbnail: optionalUrl(1000),
  images: z
    .array(httpUrl)
    .max(maxImages, "errors.tooMany")
    .transform((urls) => [...new Set(urls)].map((url) => ({ url }))),
  variants: z
    .array(z.object({ id: z.string().min(1, "errors.required").max(64), ...variantBody }))
    .min(1, "errors.required")
    .max(maxVariants, "errors.tooMany"),
})

export type ProductUpdateBody = z.infer<typeof ProductUpdateForm>

export type Parsed<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors }

function parse<S extends z.ZodTypeAny>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input)
  return result.success
    ? { ok: true, body: result.data }
    : { ok: false, errors: fieldErrors(result.error) }
}

/** `POST /producer/products`: a new product, created unlisted. */
export function productCreateBody(values: ProductValues): Parsed<ProductCreateBody> {
  return parse(ProductCreateForm, values)
}

/** `POST /producer/products/:id`: texts, pictures and the existing variants by id. */
export function productUpdateBody(values: ProductValues): Parsed<ProductUpdateBody> {
  const parsed = parse(ProductUpdateForm, values)
  if (!parsed.ok) return parsed
  const { thumbnail, images } = parsed.body
  // The cover must be one of the kept pictures, or the product would show a removed photo.
  const cover = thumbnail && images.some((image) => image.url === thumbnail) ? thumbnail : null
  return { ok: true, body: { ...parsed.body, thumbnail: cover ?? images[0]?.url ?? null } }
}

// Stories -------------------------------------------------------------------------------------

export const storyFields = [
  "product_title",
  "product_description",
  "title",
  "body",
  "origin_place",
  "video_url",
] as const
export type StoryValues = Record<(typeof storyFields)[number], string>
export type StoriesValues = Record<Locale, StoryValues>

export function storiesValues(form: FormData): StoriesValues {
  const one = (locale: Locale) =>
    Object.fromEntries(
      storyFields.map((field) => [field, text(form, `${locale}.${field}`)]),
    ) as StoryValues
  return { vi: one("vi"), en: one("en") }
}

/**
 * The story form filled in from the saved stories; a language without a story starts from the
 * product's own title and description, which the story can then translate.
 */
export function storiesFormValues(product: ProducerProductDetail): StoriesValues {
  const one = (locale: Locale): StoryValues => {
    const story = product.stories.find((candidate) => candidate.locale === locale)
    if (!story) {
      return {
        product_title: locale === "vi" ? product.title : "",
        product_description: locale === "vi" ? (product.description ?? "") : "",
        title: "",
        body: "",
        origin_place: "",
        video_url: "",
      }
    }
    return {
      product_title: story.product_title,
      product_description: story.product_description ?? "",
      title: story.title,
      body: storyBodyInput(story.body),
      origin_place: story.origin_place ?? "",
      video_url: story.video_url ?? "",
    }
  }
  return { vi: one("vi"), en: one("en") }
}

const StoryForm = z.object({
  product_title: required(300),
  product_description: optional(5000),
  title: required(300),
  body: z
    .string()
    .transform(storyBodyHtml)
    .pipe(z.string().min(1, "errors.required").max(50_000, "errors.tooLong")),
  origin_place: optional(200),
  video_url: optionalUrl(500),
})

export type StoryBody = z.infer<typeof StoryForm> & { locale: Locale }

const isBlank = (story: StoryValues) => storyFields.every((field) => !story[field].trim())

/**
 * `POST /producer/products/:id/stories`: the Vietnamese story is required; the English one is
 * sent when any of its fields is filled in, and then needs its titles and body too.
 */
export function storiesBody(values: StoriesValues): Parsed<{ stories: StoryBody[] }> {
  const locales: Locale[] = isBlank(values.en) ? ["vi"] : ["vi", "en"]
  const result = z
    .object(Object.fromEntries(locales.map((locale) => [locale, StoryForm])))
    .safeParse(values)
  if (!result.success) return { ok: false, errors: fieldErrors(result.error) }
  const parsed = result.data as Partial<Record<Locale, z.infer<typeof StoryForm>>>
  return {
    ok: true,
    body: {
      stories: locales.flatMap((locale) => {
        const story = parsed[locale]
        return story ? [{ locale, ...story }] : []
      }),
    },
  }
}

// Accounts ------------------------------------------------------------------------------------

export const minPasswordLength = 8

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "errors.required")
  .email("errors.email")
  .max(254, "errors.tooLong")

export const LoginForm = z.object({
  email,
  password: z.string().min(1, "errors.required").max(200, "errors.tooLong"),
})

/** The portal's login form and how its errors and values are read (portal kit sign-in). */
export const loginForm = { schema: LoginForm, fieldErrors, keptValues }

export const RegisterForm = z.object({
  email,
  password: z.string().min(minPasswordLength, "errors.passwordTooShort").max(200, "errors.tooLong"),
  name: required(200),
  phone: z
    .string()
    .trim()
    .min(1, "errors.required")
    .max(32, "errors.tooLong")
    .regex(/^\+?[\d\s.()-]{8,}$/, "errors.phone"),
  producer_name: required(200),
  registration_number: optional(64),
})

export type Registration = z.infer<typeof RegisterForm>

/** Claiming an invitation: the officer already chose the producer. */
export const ClaimInvitationForm = RegisterForm.pick({
  email: true,
  password: true,
  name: true,
  phone: true,
})

/**
 * A Vietnamese full name into the API's first and last name: the given name comes last
 * ("Trần Thị Hoa" → first "Hoa", last "Trần Thị").
 */
export function splitFullName(fullName: string): { first_name: string; last_name: string | null } {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  const first = words.pop() ?? ""
  return { first_name: first, last_name: words.length ? words.join(" ") : null }
}

/** `POST /producer/account`: the account waiting for a programme officer's approval. */
export function accountBody(registration: Registration) {
  return {
    ...splitFullName(registration.name),
    phone: registration.phone,
    requested_producer_name: registration.producer_name,
    requested_registration_number: registration.registration_number,
  }
}

/** The string fields of a submitted form, to fill it in again; never the password. */
export function keptValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form) {
    if (typeof value === "string" && key !== "password") values[key] = value
  }
  return values
}

// Backend refusals ----------------------------------------------------------------------------

/**
 * Each code the producer API refuses with (`refusal-codes.ts` of the OCOP plugin) → the message
 * its field shows. Typed by the plugin's list, so a new code without a message fails typecheck;
 * the unit test checks each message exists in Vietnamese and English.
 */
export const refusalCodeKeys: Record<ProducerRefusalCode, FieldErrorKey> = {
  required: "errors.required",
  too_long: "errors.tooLong",
  too_many: "errors.tooMany",
  too_few: "errors.required",
  too_small: "errors.tooSmall",
  too_large: "errors.tooLarge",
  not_whole: "errors.notWhole",
  invalid_handle: "errors.handle",
  invalid_url: "errors.url",
  unknown_field: "errors.rejected",
  invalid: "errors.rejected",
  unsafe_text: "errors.unsafeText",
  media_url: "errors.url",
  whole_units: "errors.notWhole",
  handle_taken: "errors.handleTaken",
  unknown_variant: "errors.unknownVariant",
}

/** On a price, the price's own messages (in đồng). */
const priceKeys: Partial<Record<ProducerRefusalCode, FieldErrorKey>> = {
  too_small: "errors.price.tooSmall",
  too_large: "errors.price.tooLarge",
  not_whole: "errors.price.fraction",
  invalid: "errors.price.invalid",
}

function isRefusalCode(code: string): code is ProducerRefusalCode {
  return Object.hasOwn(refusalCodeKeys, code)
}

/**
 * Where a refusal from the API points and what it shows: the API names the code and field it
 * refused (`{ code, field }`); a picture's field (`images.2.url`) is the form's `images`; a field
 * the form does not have (a variant's hidden id, `variants.0.id`), or no field, is the whole
 * form's. An unknown code shows the generic
 * translated message, never the API's English.
 */
export function refusalErrors(refusal: { code: string | null; field: string | null }): FieldErrors {
  const code = refusal.code && isRefusalCode(refusal.code) ? refusal.code : null
  const field =
    refusal.field?.replace(/^images\.\d+\.url$/, "images").replace(/^variants\.\d+\.id$/, "form") ??
    "form"
  const path = !code || code === "unknown_field" ? "form" : field
  if (!code) return { [path]: "errors.rejected" }
  const key = (/(^|\.)price$/.test(path) && priceKeys[code]) || refusalCodeKeys[code]
  return { [path]: key }
}
