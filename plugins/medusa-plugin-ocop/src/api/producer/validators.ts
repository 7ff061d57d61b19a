import { z } from "@medusajs/framework/zod"
import {
  httpUrl,
  lineText as text,
  optionalLine as optionalText,
  optionalMultiline,
  urlSlug,
} from "../zod-fields"
import { PagedList, UpsertStories } from "../shared-validators"
const vnd = z.number().int("VND prices are whole đồng").min(1000).max(1_000_000_000)

export const ProducerRegister = z
  .object({
    first_name: optionalText(100),
    last_name: optionalText(100),
    phone: optionalText(32),
    requested_producer_name: optionalText(200),
    requested_registration_number: optionalText(64),
  })
  .strict()
export type ProducerRegisterType = z.infer<typeof ProducerRegister>

const variant = z
  .object({
    id: text(64).optional(),
    title: text(100),
    sku: optionalText(64),
    weight: z.number().int().min(0).max(1_000_000).nullish(),
    price: vnd,
  })
  .strict()

const productFields = {
  title: text(300),
  subtitle: optionalText(300),
  description: optionalMultiline(5000),
  thumbnail: httpUrl(1000).nullish(),
  images: z
    .array(z.object({ url: httpUrl(1000) }).strict())
    .max(20)
    .optional(),
  variants: z.array(variant).min(1).max(50),
}

/** What a producer may write: never status, sales channels, stars or certificates. */
export const ProducerCreateProduct = z
  .object({
    ...productFields,
    handle: urlSlug("handle").optional(),
  })
  .strict()
export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

export const ProducerUpdateProduct = z.object(productFields).partial().strict()
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

export const ProducerUpsertStories = UpsertStories
export type ProducerUpsertStoriesType = z.infer<typeof ProducerUpsertStories>

export const ProducerList = PagedList
export type ProducerListType = z.infer<typeof ProducerList>
