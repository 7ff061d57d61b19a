import { model } from "@medusajs/framework/utils"
import { LOCALES } from "@ocop/shared"
import { INVITED_ACTORS } from "../lib/constants"

/**
 * An officer's invitation to claim an account opened for an email (a producer user, staff
 * member or fair organiser). Only the SHA-256 of its token is kept; the token itself travels
 * once, in the email to the invited address. One-time: `used_at` when claimed, `voided_at` when
 * a newer invitation replaced it.
 */
export const Invitation = model
  .define(
    { name: "invitation", tableName: "ocop_invitation" },
    {
      id: model.id({ prefix: "ocinv" }).primaryKey(),
      actor_type: model.enum([...INVITED_ACTORS]),
      account_id: model.text(),
      email: model.text(),
      locale: model.enum([...LOCALES]).default("vi"),
      token_hash: model.text().unique(),
      expires_at: model.dateTime(),
      used_at: model.dateTime().nullable(),
      voided_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["actor_type", "account_id"] }])
