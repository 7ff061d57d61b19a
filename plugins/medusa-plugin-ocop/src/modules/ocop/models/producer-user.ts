import { model } from "@medusajs/framework/utils"
import { PRODUCER_USER_STATUSES } from "@ocop/shared"
import { Producer } from "./producer"

/**
 * A person who manages a producer's shop listings (the `producer` actor). Registration makes
 * a pending account that a programme officer approves by attaching it to its one producer;
 * an officer's invitation makes an approved account the invitee claims when registering.
 */
export const ProducerUser = model.define(
  { name: "producer_user", tableName: "ocop_producer_user" },
  {
    id: model.id({ prefix: "ocpu" }).primaryKey(),
    email: model.text().unique(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    phone: model.text().nullable(),
    status: model.enum([...PRODUCER_USER_STATUSES]).default("pending"),
    claimed: model.boolean().default(false),
    requested_producer_name: model.text().nullable(),
    requested_registration_number: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "users" }).nullable(),
  },
)
