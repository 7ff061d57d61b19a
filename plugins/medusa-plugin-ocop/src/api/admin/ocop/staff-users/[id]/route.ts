import { setStaffPlacesWorkflow } from "../../../../../workflows/staff-users"
import { recordAction } from "../../record-action"
import type { AdminSetStaffPlacesType } from "../../validators"

/** Assign a staff member to other places (replaces the list). */
export const POST = recordAction(
  setStaffPlacesWorkflow,
  "place_ids",
  (staff_user_id, { place_ids }: AdminSetStaffPlacesType) => ({ staff_user_id, place_ids }),
)
