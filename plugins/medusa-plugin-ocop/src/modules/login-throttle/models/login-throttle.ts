import { model } from "@medusajs/framework/utils"

/**
 * One throttle count (lib/rules.ts) when counts live in Postgres: `id` is the key (an account at
 * an address, or an address), `count` its attempts, `locked_until` when the next attempt may
 * check a password, `expires_at` when the count is forgotten.
 */
export const LoginThrottle = model.define(
  { name: "login_throttle", tableName: "ocop_login_throttle" },
  {
    id: model.text().primaryKey(),
    count: model.number().default(0),
    locked_until: model.dateTime().nullable(),
    expires_at: model.dateTime().index(),
  },
)
