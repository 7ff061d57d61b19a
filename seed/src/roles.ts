import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  claimOrganizerUserWorkflow,
  claimStaffUserWorkflow,
  createOrganizerUserWorkflow,
  createStaffUserWorkflow,
  inviteProducerUserWorkflow,
  registerProducerUserWorkflow,
} from "medusa-plugin-ocop/workflows"
import { register } from "./accounts"

export const PRODUCER_EMAIL = "producer@ocop.vn"
export const STAFF_EMAIL = "staff@ocop.vn"
export const ORGANIZER_EMAIL = "organizer@ocop.vn"
const DEMO_PRODUCER = "htx-que-tra-my"

async function exists(container: MedusaContainer, entity: string, email: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id"], filters: { email } })
  return data.length > 0
}

/**
 * The portal demo accounts, as an officer would make them and their owners claim them: a
 * producer user of HTX Quế Trà My, staff of Đắk Lắk's provincial centre, a fair organiser.
 */
export async function setUpRoleAccounts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!(await exists(container, "producer_user", PRODUCER_EMAIL))) {
    const { data: producers } = await query.graph({
      entity: "producer",
      fields: ["id"],
      filters: { handle: DEMO_PRODUCER },
    })
    await inviteProducerUserWorkflow(container).run({
      input: {
        email: PRODUCER_EMAIL,
        producer_id: producers[0].id,
        first_name: "Hoa",
        last_name: "Trần",
      },
    })
    await registerProducerUserWorkflow(container).run({
      input: { email: PRODUCER_EMAIL, auth_identity_id: await register(container, PRODUCER_EMAIL) },
    })
  }
  if (!(await exists(container, "staff_user", STAFF_EMAIL))) {
    const { data: centres } = await query.graph({
      entity: "place",
      fields: ["id"],
      filters: { type: "provincial_centre", province: "Đắk Lắk" },
    })
    await createStaffUserWorkflow(container).run({
      input: { email: STAFF_EMAIL, first_name: "Minh", last_name: "Y", place_ids: [centres[0].id] },
    })
    await claimStaffUserWorkflow(container).run({
      input: { email: STAFF_EMAIL, auth_identity_id: await register(container, STAFF_EMAIL) },
    })
  }
  if (!(await exists(container, "organizer_user", ORGANIZER_EMAIL))) {
    await createOrganizerUserWorkflow(container).run({
      input: {
        email: ORGANIZER_EMAIL,
        first_name: "Thảo",
        last_name: "Lê",
        organisation: "Sở Công Thương tỉnh Đắk Lắk",
      },
    })
    await claimOrganizerUserWorkflow(container).run({
      input: {
        email: ORGANIZER_EMAIL,
        auth_identity_id: await register(container, ORGANIZER_EMAIL),
      },
    })
  }
}
