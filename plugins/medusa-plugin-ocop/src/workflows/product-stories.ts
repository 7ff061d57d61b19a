import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertProductStoriesStep } from "./steps/upsert-product-stories"
import type { ProductStoryInput } from "./types"

export const upsertProductStoriesWorkflow = createWorkflow(
  "upsert-ocop-product-stories",
  (input: { stories: ProductStoryInput[] }) => {
    const stories = upsertProductStoriesStep(input.stories)
    return new WorkflowResponse(stories)
  },
)
