// A fair with goods on its fair ground, as shoppers read it: the start of every fair stock story.
import { expectJson, post } from "./http"
import {
  createFair,
  exhibit,
  linkPlace,
  organizer,
  organizerFetch,
  type TestFair,
} from "./organizer-api"
import { stockedPlace } from "./staff-api"
import { storeFetch } from "./store-api"

/**
 * A place whose staff received `shelved` units of a listed product, an organiser's fair running
 * now with that product at booth A01, and `toFair` of those units moved from the place to the
 * fair ground.
 */
export async function liveFairWithStock(name: string, shelved = 5, toFair = 3) {
  const stocked = await stockedPlace(`Trung tâm cấp hàng ${name}`, `Sản phẩm ${name}`, shelved)
  const { goods, place } = stocked
  const token = await organizer()
  const fair = await createFair(token)
  await expectJson(await linkPlace(fair.id, place.id), 201)
  const booth = await exhibit(token, fair.id, {
    producer_id: goods.producer.id,
    product_id: goods.product.id,
  })
  await expectJson(await moveFairStock(token, fair, place, "to_fair", goods, toFair), 201)
  return { ...stocked, organizer: token, fair, booth }
}

type Lines = { variantId: string }

/** The organiser moves units of a product between a linked place and the fair ground. */
export function moveFairStock(
  token: string,
  fair: { id: string },
  place: { id: string },
  direction: "to_fair" | "from_fair",
  goods: Lines,
  quantity: number,
) {
  const items = [{ variant_id: goods.variantId, quantity }]
  const body = post({ place_id: place.id, direction, items })
  return organizerFetch(token, `/organizer/fairs/${fair.id}/stock`, body)
}

/** A booth's producer delivers units straight to the fair ground, received by the organiser. */
export function receiveAtFair(
  token: string,
  fair: { id: string },
  booth: { id: string },
  goods: Lines,
  quantity: number,
) {
  const items = [{ variant_id: goods.variantId, quantity }]
  return organizerFetch(
    token,
    `/organizer/fairs/${fair.id}/receipts`,
    post({ booth_id: booth.id, items }),
  )
}

/** A counter sale of `quantity` units at the fair, in the organiser's name. */
export async function sellAtFair(token: string, fair: TestFair, variantId: string, quantity = 1) {
  return expectJson(
    await organizerFetch(
      token,
      `/organizer/fairs/${fair.id}/sales`,
      post({ payment_method: "cash", items: [{ variant_id: variantId, quantity }] }),
    ),
    201,
  )
}

/** The public fair answer, as the fair page reads it. */
export async function publicFair(slug: string, locale: "vi" | "en" = "vi") {
  const { fair } = await expectJson(
    await storeFetch(`/store/ocop/fairs/${slug}?locale=${locale}`, {
      headers: { "x-medusa-locale": locale },
    }),
    200,
  )
  return fair as {
    booths: { products: { id: string }[] }[]
    stock_left: Record<string, number> | null
    where_to_buy: Record<string, { places: { id: string }[]; more: number }> | null
  }
}
