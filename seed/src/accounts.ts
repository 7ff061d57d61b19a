import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"

/** The demo password of every seeded account; listed in the README. */
export const DEMO_PASSWORD = "Ocop@2026"
export const OFFICER_EMAIL = "officer@ocop.vn"
export const SHOPPER_EMAIL = "shopper@ocop.vn"

export async function register(container: MedusaContainer, email: string) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: DEMO_PASSWORD },
  })
  if (!success || !authIdentity) throw new Error(`Cannot register ${email}: ${error}`)
  return authIdentity.id
}

/** A programme officer (admin dashboard) and a shopper, each with the demo password. */
export async function setUpAccounts(container: MedusaContainer) {
  const users = container.resolve(Modules.USER)
  if (!(await users.listUsers({ email: OFFICER_EMAIL })).length) {
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: await register(container, OFFICER_EMAIL),
        userData: { email: OFFICER_EMAIL, first_name: "Cán bộ", last_name: "OCOP" },
      },
    })
  }
  const customers = container.resolve(Modules.CUSTOMER)
  if (!(await customers.listCustomers({ email: SHOPPER_EMAIL, has_account: true })).length) {
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: await register(container, SHOPPER_EMAIL),
        customerData: { email: SHOPPER_EMAIL, first_name: "Lan", last_name: "Nguyễn" },
      },
    })
  }
}
