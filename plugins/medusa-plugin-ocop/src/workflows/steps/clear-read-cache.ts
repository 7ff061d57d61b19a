import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clearReadCache, type ReadCacheTag } from "../../lib/read-cache"

/**
 * Forgets the shoppers' cached answers that this workflow's writes made stale, inside the
 * workflow, so the request that changed them answers only after the next read would recompute
 * (never stale on the gate, decision 0024). Undone writes are new facts too: compensation
 * clears again.
 */
export const clearReadCacheStep = createStep(
  "clear-ocop-read-cache",
  async (input: { tags: ReadCacheTag[] }, { container }) => {
    await clearReadCache(container, input.tags)
    return new StepResponse(input.tags, input.tags)
  },
  async (tags, { container }) => {
    if (tags?.length) await clearReadCache(container, tags)
  },
)
