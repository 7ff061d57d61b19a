import { z } from "@medusajs/framework/zod"
import { LOCALES } from "@ocop/shared"
import {
  httpUrl,
  lineText,
  optionalLine,
  optionalMultiline,
  safeText,
  wholeUnits,
} from "./zod-fields"

/** The zod pieces more than one scope's `validators.ts` is made of (admin, producer, staff). */

/** Medusa's `limit`/`offset` paging: `size` rows unless asked, at most `max`. */
export const paging = (max = 200, size = 50) => ({
  limit: z.coerce.number().int().min(1).max(max).default(size),
  offset: z.coerce.number().int().min(0).default(0),
})

/** A list with nothing to filter on, only paged. */
export const PagedList = z.object(paging())

/** The lines of a stock move (receipt, transfer, sale): whole units, each variant once. */
export const stockLines = z
  .array(z.object({ variant_id: lineText(64), quantity: wholeUnits(1, 100_000) }).strict())
  .min(1)
  .max(200)
  .refine((items) => new Set(items.map((item) => item.variant_id)).size === items.length, {
    message: "Each variant once per request",
  })

/** A product's story in one or both languages, as an officer or its producer writes it. */
export const UpsertStories = z
  .object({
    stories: z
      .array(
        z
          .object({
            locale: z.enum(LOCALES),
            product_title: lineText(300),
            product_description: optionalMultiline(5000),
            title: lineText(300),
            body: safeText({ multiline: true }).min(1).max(50000),
            origin_place: optionalLine(200),
            video_url: httpUrl(500).nullish(),
          })
          .strict(),
      )
      .min(1)
      .max(2),
  })
  .strict()
