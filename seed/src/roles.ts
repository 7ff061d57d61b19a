import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  attachLoginWorkflow,
  createOrganizerUserWorkflow,
  createStaffUserWorkflow,
  inviteProducerUserWorkflow,
} from "medusa-plugin-ocop/workflows"
import { register } from "./accounts"

export const PRODUCER_EMAIL = "producer@ocop.vn"
export const STAFF_EMAIL = "staff@ocop.vn"
export const ORGANIZER_EMAIL = "organizer@ocop.vn"
const DEMO_PRODUCER = "htx-que-tra-my"

async function claimWithDemoLogin(
  container: MedusaContainer,
  actor_type: "producer" | "staff" | "organizer",
  account_id: string,
  email: string,
) {
  await attachLoginWorkflow(container).run({
    input: { actor_type, account_id, auth_identity_id: await register(container, email) },
  })
}

async function exists(container: MedusaContainer, entity: string, email: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id"], filters: { email } })
  return data.length > 0
}

/**
 * The portal demo accounts, opened as an officer opens them (each invitation is mailed, or
 * logged without SMTP_URL) and then claimed directly by a login with the demo password, as no
 * one will open those emails: a producer user of HTX Quế Trà My, staff of Đắk Lắk's
 * provincial centre, a fair organiser.
 */
export async function setUpRoleAccounts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!(await exists(container, "producer_user", PRODUCER_EMAIL))) {
    const { data: producers } = await query.graph({
      entity: "producer",
      fields: ["id"],
      filters: { handle: DEMO_PRODUCER },
    })
    const { result } = await inviteProducerUserWorkflow(container).run({
      input: {
        email: PRODUCER_EMAIL,
        producer_id: producers[0].id,
        first_name: "Hoa",
        last_name: "Trần",
      },
    })
    await claimWithDemoLogin(container, "producer", result.producer_user.id, PRODUCER_EMAIL)
  }
  if (!(await exists(container, "staff_user", STAFF_EMAIL))) {
    const { data: centres } = await query.graph({
      entity: "place",
      fields: ["id"],
      filters: { type: "provincial_centre", province: "Đắk Lắk" },
    })
    const { result } = await createStaffUserWorkflow(container).run({
      input: { email: STAFF_EMAIL, first_name: "Minh", last_name: "Y", place_ids: [centres[0].id] },
    })
    await claimWithDemoLogin(container, "staff", result.staff_user.id, STAFF_EMAIL)
  }
  if (!(await exists(container, "organizer_user", ORGANIZER_EMAIL))) {
    const { result } = await createOrganizerUserWorkflow(container).run({
      input: {
        email: ORGANIZER_EMAIL,
        first_name: "Thảo",
        last_name: "Lê",
        organisation: "Sở Công Thương tỉnh Đắk Lắk",
      },
    })
    await claimWithDemoLogin(container, "organizer", result.organizer_user.id, ORGANIZER_EMAIL)
  }
}
