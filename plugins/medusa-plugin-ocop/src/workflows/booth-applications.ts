import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReadCacheTags } from "../lib/read-cache"
import {
  applicationBoothStep,
  checkBoothApplicationStep,
  createBoothApplicationStep,
  decideBoothApplicationStep,
  pendingApplicationStep,
  type BoothApplicationInput,
} from "./steps/booth-applications"
import { clearReadCacheStep } from "./steps/clear-read-cache"
import { createFairEntriesStep } from "./steps/fairs"

/** A producer applied for a booth: data `{ id, fair_id }` (the organiser is told). */
export const BOOTH_APPLICATION_SUBMITTED = "ocop.booth_application.submitted"
/** An organiser accepted or declined an application: data `{ id, status }` (the producer is told). */
export const BOOTH_APPLICATION_DECIDED = "ocop.booth_application.decided"

/** A producer applies for a booth at an open fair with their own certified products. */
export const applyForBoothWorkflow = createWorkflow(
  "ocop-apply-for-booth",
  (input: BoothApplicationInput) => {
    checkBoothApplicationStep(input)
    const application = createBoothApplicationStep(input)
    emitEventStep({
      eventName: BOOTH_APPLICATION_SUBMITTED,
      data: transform({ application }, ({ application }) => ({
        id: application.id,
        fair_id: application.fair_id,
      })),
    })
    return new WorkflowResponse(application)
  },
)

/** The producer takes back a pending application (no one is told). */
export const withdrawBoothApplicationWorkflow = createWorkflow(
  "ocop-withdraw-booth-application",
  (input: { id: string }) =>
    new WorkflowResponse(
      decideBoothApplicationStep(
        transform({ input }, ({ input }) => ({ id: input.id, status: "withdrawn" as const })),
      ),
    ),
)

/**
 * The fair's organiser accepts: the producer gets the booth with that number (theirs already,
 * or a new one), the products enter the catalog there by the fair entry rule, and the producer
 * is told.
 */
export const acceptBoothApplicationWorkflow = createWorkflow(
  "ocop-accept-booth-application",
  (input: { id: string; booth_number: string; organizer_id: string }) => {
    const application = pendingApplicationStep({ id: input.id })
    const booth = applicationBoothStep(
      transform({ input, application }, ({ input, application }) => ({
        fair_id: application.fair_id,
        producer_id: application.producer_id,
        number: input.booth_number,
      })),
    )
    createFairEntriesStep(
      transform({ application, booth }, ({ application, booth }) => ({
        fair_id: application.fair_id,
        entries: application.product_ids.map((product_id) => ({ product_id, booth_id: booth.id })),
      })),
    )
    const decided = decideBoothApplicationStep(
      transform({ input, booth }, ({ input, booth }) => ({
        id: input.id,
        status: "accepted" as const,
        booth_id: booth.id,
        decided_by: input.organizer_id,
      })),
    )
    clearReadCacheStep({ tags: [ReadCacheTags.fairs] })
    emitEventStep({
      eventName: BOOTH_APPLICATION_DECIDED,
      data: transform({ decided }, ({ decided }) => ({ id: decided.id, status: decided.status })),
    })
    return new WorkflowResponse(decided)
  },
)

/** The fair's organiser declines with a reason; the producer is told. */
export const declineBoothApplicationWorkflow = createWorkflow(
  "ocop-decline-booth-application",
  (input: { id: string; reason: string; organizer_id: string }) => {
    const decided = decideBoothApplicationStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "declined" as const,
        decline_reason: input.reason,
        decided_by: input.organizer_id,
      })),
    )
    emitEventStep({
      eventName: BOOTH_APPLICATION_DECIDED,
      data: transform({ decided }, ({ decided }) => ({ id: decided.id, status: decided.status })),
    })
    return new WorkflowResponse(decided)
  },
)
