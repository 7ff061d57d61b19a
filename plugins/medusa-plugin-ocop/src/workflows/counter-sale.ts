import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { assertVariantsListed } from "../lib/gate"
import { OCOP_MODULE, type StockActor } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { applyShelfChangesStep, checkShelfStep } from "./steps/apply-shelf-changes"
import { emitStockChanged } from "./emit-stock-changed"
import { resolveShelfItemsStep } from "./steps/resolve-shelf-items"

export type CounterSaleInput = {
  place_id: string
  actor: StockActor
  payment_method: "cash" | "bank_transfer"
  items: { variant_id: string; quantity: number }[]
  /** The counter return this sale is the exchange of: the goods taken instead. */
  exchange_of?: string | null
}

const counterSaleContextStep = createStep(
  "ocop-counter-sale-context",
  async (input: CounterSaleInput, { container }) => {
    await assertVariantsListed(
      container,
      input.items.map((item) => item.variant_id),
    )
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [place] = await ocop.listPlaces({ id: input.place_id })
    if (!place) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Place ${input.place_id} was not found.`)
    }
    if (!place.sales_channel_id) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Place ${place.id} has no counter yet: run the database migrations (medusa db:migrate).`,
      )
    }
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" })
    if (!region) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no VND region.")
    }
    return new StepResponse({ region_id: region.id, sales_channel_id: place.sales_channel_id })
  },
)

/**
 * A sale at the counter of a centre or sales point: an order in the place's own sales channel,
 * paid in cash or by transfer, taking the units off that place's shelf under the same locks as
 * online checkout.
 */
export const counterSaleWorkflow = createWorkflow(
  "ocop-counter-sale",
  (input: CounterSaleInput) => {
    const context = counterSaleContextStep(input)
    const resolved = resolveShelfItemsStep(
      transform({ input }, ({ input }) => ({ place_ids: [input.place_id], items: input.items })),
    )
    const sale = transform({ input, resolved }, ({ input, resolved }) => ({
      changes: input.items.map((line) => ({
        place_id: input.place_id,
        location_id: resolved.locations[input.place_id],
        variant_id: line.variant_id,
        inventory_item_id: resolved.items.find((item) => item.variant_id === line.variant_id)!
          .inventory_item_id,
        kind: "counter_sale" as const,
        delta: -line.quantity,
      })),
    }))
    checkShelfStep(sale)
    const order = createOrderWorkflow.runAsStep({
      input: transform({ input, context, resolved }, ({ input, context, resolved }) => ({
        region_id: context.region_id,
        sales_channel_id: context.sales_channel_id,
        currency_code: "vnd",
        items: input.items.map((item) => {
          const row = resolved.items.find((line) => line.variant_id === item.variant_id)!
          return {
            variant_id: item.variant_id,
            quantity: item.quantity,
            title: row.title,
            unit_price: row.unit_price ?? 0,
            requires_shipping: false,
          }
        }),
        metadata: {
          channel: "counter",
          place_id: input.place_id,
          payment_method: input.payment_method,
          staff_user_id: input.actor.type === "staff" ? input.actor.id : null,
          ...(input.exchange_of ? { exchange_of: input.exchange_of } : {}),
        },
      })),
    })
    const movements = applyShelfChangesStep(
      transform({ input, resolved, order }, ({ input, resolved, order }) => ({
        actor: input.actor,
        changes: input.items.map((line) => ({
          place_id: input.place_id,
          location_id: resolved.locations[input.place_id],
          variant_id: line.variant_id,
          inventory_item_id: resolved.items.find((item) => item.variant_id === line.variant_id)!
            .inventory_item_id,
          kind: "counter_sale" as const,
          delta: -line.quantity,
          order_id: order.id,
        })),
      })),
    )
    emitStockChanged(resolved)
    return new WorkflowResponse({ order, movements })
  },
)
