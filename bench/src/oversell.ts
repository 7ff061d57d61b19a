// Stock for the checkout runs, and the no-oversell check: many buyers at once for a few units.
import { adminFetch } from "../../test/support/admin-api"
import { expectJson, post } from "../../test/support/http"
import { oversoldShelves, type Shelf } from "./fixtures.js"
import type { OversellCheck } from "./report.js"
import { readyCarts, type ScenarioContext } from "./scenarios.js"

/** Goods on each shelf the checkout runs sell from, so that they never run out mid-run. */
export const PLENTY = 100_000

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }

async function levelsOf(inventoryItemId: string): Promise<Level[]> {
  const { inventory_levels } = await expectJson<{ inventory_levels: Level[] }>(
    await adminFetch(`/admin/inventory-items/${inventoryItemId}/location-levels?limit=100`),
    200,
  )
  return inventory_levels
}

async function setStocked(shelf: Omit<Shelf, "variantId">, stocked: number) {
  await expectJson(
    await adminFetch(
      `/admin/inventory-items/${shelf.inventoryItemId}/location-levels/${shelf.locationId}`,
      post({ stocked_quantity: stocked }),
    ),
    200,
  )
}

/** Fills the checkout shelves (through Medusa's admin API, as an officer). */
export async function stockShelves(shelves: Shelf[]) {
  for (const shelf of shelves) await setStocked(shelf, PLENTY)
}

/**
 * Leaves exactly `units` of the shelf's variant for sale (every other shelf of it at its
 * reservations), lets `buyers` carts complete at the same moment, and counts the orders.
 */
export async function checkOversell(
  context: ScenarioContext,
  databaseUrl: string,
  shelf: Shelf,
  units = 10,
  buyers = 40,
): Promise<OversellCheck> {
  for (const level of await levelsOf(shelf.inventoryItemId)) {
    const here = level.location_id === shelf.locationId
    await setStocked(
      { inventoryItemId: shelf.inventoryItemId, locationId: level.location_id },
      Number(level.reserved_quantity) + (here ? units : 0),
    )
  }
  const carts = await readyCarts(context, buyers, [shelf])
  const outcomes = await Promise.all(
    carts.map(async (id) => {
      const res = await fetch(`${context.backendUrl}/store/carts/${id}/complete`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": context.publishableKey,
        },
        body: "{}",
      })
      const body = (await res.json()) as { type?: string }
      return res.status === 200 && body.type === "order"
    }),
  )
  const sold = outcomes.filter(Boolean).length
  const oversold = await oversoldShelves(databaseUrl)
  return { units, buyers, sold, oversoldShelves: oversold, ok: sold <= units && oversold === 0 }
}
