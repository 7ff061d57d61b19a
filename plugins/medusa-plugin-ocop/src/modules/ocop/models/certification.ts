import { model } from "@medusajs/framework/utils"
import { CERTIFICATION_LEVELS, CERTIFICATION_STATUSES, PRODUCT_GROUPS } from "@ocop/shared"

/**
 * A certificate (giấy chứng nhận) from a council's evaluation. History is kept: a product's
 * current certificate is its newest one that was not revoked. "Expired" is derived from the
 * dates; only revocation is stored.
 */
export const Certification = model.define(
  { name: "certification", tableName: "ocop_certification" },
  {
    id: model.id({ prefix: "occt" }).primaryKey(),
    product_id: model.text().index(),
    certificate_number: model.text().unique(),
    decision_number: model.text(),
    issuing_authority: model.text(),
    stars: model.number(),
    score: model.number(),
    level: model.enum([...CERTIFICATION_LEVELS]),
    product_group: model.enum([...PRODUCT_GROUPS]),
    product_subgroup: model.text().nullable(),
    legacy_group: model.text().nullable(),
    issued_at: model.dateTime(),
    expires_at: model.dateTime().index(),
    /** Why the certificate ends before 36 months from issue; null for the standard validity. */
    expiry_reason: model.text().nullable(),
    status: model.enum([...CERTIFICATION_STATUSES]).default("active"),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    expiry_notified_at: model.dateTime().nullable(),
  },
)
