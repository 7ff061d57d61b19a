import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export type StaffUserInput = {
  email: string
  first_name?: string | null
  last_name?: string | null
  place_ids: string[]
}

async function assertPlaces(ocop: OcopModuleService, placeIds: string[]) {
  const places = await ocop.listPlaces({ id: placeIds })
  const missing = placeIds.filter((id) => !places.some((place) => place.id === id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Places not found: ${missing.join(", ")}`,
      "place_not_found",
    )
  }
}

/** An officer opens a staff account for the places it will manage. */
export const createStaffUserStep = createStep(
  "create-ocop-staff-user",
  async ({ place_ids, ...input }: StaffUserInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if ((await ocop.listStaffUsers({ email: input.email })).length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${input.email} already has an account.`,
      )
    }
    await assertPlaces(ocop, place_ids)
    const user = await ocop.createStaffUsers(input)
    await ocop.createStaffAssignments(
      place_ids.map((place_id) => ({ staff_user_id: user.id, place_id })),
    )
    return new StepResponse(user, user.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const assignments = await ocop.listStaffAssignments({ staff_user_id: id })
    await ocop.deleteStaffAssignments(assignments.map((assignment) => assignment.id))
    await ocop.deleteStaffUsers(id)
  },
)

/** Replaces the places a staff member manages. */
export const setStaffPlacesStep = createStep(
  "set-ocop-staff-places",
  async (input: { staff_user_id: string; place_ids: string[] }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.retrieveStaffUser(input.staff_user_id)
    await assertPlaces(ocop, input.place_ids)
    const before = await ocop.listStaffAssignments({ staff_user_id: input.staff_user_id })
    await ocop.deleteStaffAssignments(before.map((assignment) => assignment.id))
    await ocop.createStaffAssignments(
      input.place_ids.map((place_id) => ({ staff_user_id: input.staff_user_id, place_id })),
    )
    return new StepResponse(input.place_ids, {
      staff_user_id: input.staff_user_id,
      place_ids: before.map((assignment) => assignment.place_id),
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const now = await ocop.listStaffAssignments({ staff_user_id: previous.staff_user_id })
    await ocop.deleteStaffAssignments(now.map((assignment) => assignment.id))
    await ocop.createStaffAssignments(
      previous.place_ids.map((place_id) => ({ staff_user_id: previous.staff_user_id, place_id })),
    )
  },
)
