import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReadCacheTags } from "../lib/read-cache"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { upsertProductStoriesStep } from "./steps/upsert-product-stories"
import type { ProductStoryInput } from "./types"

export const upsertProductStoriesWorkflow = createWorkflow(
  "upsert-ocop-product-stories",
  (input: { stories: ProductStoryInput[] }) => {
    const stories = upsertProductStoriesStep(input.stories)
    clearReadCacheStep({ tags: [ReadCacheTags.catalog] })
    return new WorkflowResponse(stories)
  },
)
