import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { assertVariantsListed } from "../../lib/gate"
import { assertPickupInStock } from "./route-orders"
import { isWholeUnits, WHOLE_UNITS_MESSAGE } from "../../lib/input-safety"

// A cart only ever holds certified products — including a certificate that expired or was
// revoked after the item went into the cart — in whole units, at least one per line (Medusa
// would otherwise round 0.0001 into a line of zero, and takes 0 to mean "remove": a line is
// removed with DELETE instead).

/** Refuses (400) a line quantity that is not a whole number of units, at least one. */
function assertLineQuantities(quantities: unknown[], field: (index: number) => string) {
  quantities.forEach((quantity, index) => {
    const units = typeof quantity === "number" ? quantity : Number(String(quantity))
    if (!isWholeUnits(units, 1)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: Field '${field(index)}' must be a whole number, at least 1. ${WHOLE_UNITS_MESSAGE}.`,
      )
    }
  })
}

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  assertLineQuantities(
    (input.items ?? []).map((item) => item.quantity),
    (index) => `items.${index}.quantity`,
  )
  await assertVariantsListed(
    container,
    (input.items ?? []).map((item) => item.variant_id),
  )
})

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  assertLineQuantities(
    input.items.map((item) => item.quantity),
    (index) => (input.items.length === 1 ? "quantity" : `items.${index}.quantity`),
  )
  await assertVariantsListed(
    container,
    input.items.map((item) => item.variant_id),
  )
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if (input.update.quantity !== undefined)
    assertLineQuantities([input.update.quantity], () => "quantity")
  const item = cart.items?.find((line: { id?: string } | null) => line?.id === input.item_id)
  await assertVariantsListed(container, [item?.variant_id])
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsListed(
    container,
    (cart.items ?? []).map((item: { variant_id?: string | null } | null) => item?.variant_id),
  )
  // Orders reach the shelves: a pickup only at a centre holding every line (route-orders.ts).
  await assertPickupInStock(cart, container)
})
