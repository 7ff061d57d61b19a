// A consignment at a sales point, over real HTTP: a listed product of a producer with an approved
// portal user, 6 units received at a new place and 2 sold at its counter (170.000 đ of sales).
import { createCandidateProduct, recordCertificate } from "./admin-api"
import { expectJson, post } from "./http"
import { unique } from "./orders"
import { registerProducerUser } from "./producer-api"
import { createPlace, staffFetch, staffOf } from "./staff-api"

export async function consignedSale(title: string, placeName: string) {
  const goods = await createCandidateProduct(title, { manageInventory: true })
  await recordCertificate(goods.product.id, { stars: 4, score: 80 })
  const email = `producer-${unique()}@example.com`
  await registerProducerUser(email, goods.producer.id)
  const place = await createPlace(placeName)
  const staff = await staffOf([place.id])
  const items = (quantity: number) => [{ variant_id: goods.variantId, quantity }]
  const at = (path: string) => `/staff/places/${place.id}${path}`
  const receipt = { producer_id: goods.producer.id, items: items(6) }
  await expectJson(await staffFetch(staff, at("/receipts"), post(receipt)), 201)
  const sale = { payment_method: "cash", items: items(2) }
  await expectJson(await staffFetch(staff, at("/counter-sales"), post(sale)), 201)
  return { goods, place, email }
}
