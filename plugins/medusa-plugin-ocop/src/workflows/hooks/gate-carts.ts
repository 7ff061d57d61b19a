import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertVariantsListed } from "../../lib/gate"

// A cart only ever holds certified products — including a certificate that expired or was
// revoked after the item went into the cart.

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVariantsListed(
    container,
    (input.items ?? []).map((item) => item.variant_id),
  )
})

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVariantsListed(
    container,
    input.items.map((item) => item.variant_id),
  )
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const item = cart.items?.find((line: { id?: string } | null) => line?.id === input.item_id)
  await assertVariantsListed(container, [item?.variant_id])
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsListed(
    container,
    (cart.items ?? []).map((item: { variant_id?: string | null } | null) => item?.variant_id),
  )
})
