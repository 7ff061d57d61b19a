import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { deleteCreated } from "./created-rows"

export const createOrganizerUserStep = createStep(
  "create-ocop-organizer-user",
  async (
    input: {
      email: string
      first_name?: string | null
      last_name?: string | null
      organisation?: string | null
    },
    { container },
  ) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if ((await ocop.listOrganizerUsers({ email: input.email })).length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${input.email} already has an account.`,
      )
    }
    const user = await ocop.createOrganizerUsers(input)
    return new StepResponse(user, user.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteOrganizerUsers(ids)),
)
