import { z } from "@medusajs/framework/zod"
import {
  CERTIFICATION_LEVELS,
  LEGACY_PRODUCT_GROUPS,
  LEGAL_FORMS,
  LOCALES,
  PLACE_TYPES,
  PRODUCER_USER_STATUSES,
  PRODUCT_GROUPS,
  SALES_POINT_VENUES,
} from "@ocop/shared"
import {
  lineText as text,
  multilineText,
  optionalLine as optionalText,
  optionalMultiline,
  safeText,
  urlSlug,
} from "../../zod-fields"
import { paging, UpsertStories } from "../../shared-validators"

/** The language of the invitation email (Vietnamese unless the officer knows better). */
const inviteeLocale = z.enum(LOCALES).optional()
/** Whom an invitation goes to: an address, a name if known, and the email's language. */
const invitee = {
  email: z.string().trim().toLowerCase().email().max(200),
  first_name: optionalText(100),
  last_name: optionalText(100),
  locale: inviteeLocale,
}
const groups = [...PRODUCT_GROUPS, ...Object.keys(LEGACY_PRODUCT_GROUPS)] as [string, ...string[]]

export const AdminCreateCertification = z
  .object({
    product_id: text(64),
    certificate_number: text(64),
    decision_number: text(64),
    issuing_authority: text(200),
    stars: z.number().int().min(1).max(5),
    score: z.number().int().min(0).max(100),
    level: z.enum(CERTIFICATION_LEVELS).optional(),
    product_group: z.enum(groups),
    product_subgroup: optionalText(100),
    issued_at: z.coerce.date(),
    expires_at: z.coerce.date().nullish(),
    expiry_reason: optionalText(500),
  })
  .strict()
export type AdminCreateCertificationType = z.infer<typeof AdminCreateCertification>

/** A council session's results recorded at once: all or none (one bad item refuses the batch). */
export const AdminCreateCertificationBatch = z
  .object({ certifications: z.array(AdminCreateCertification).min(1).max(500) })
  .strict()
export type AdminCreateCertificationBatchType = z.infer<typeof AdminCreateCertificationBatch>

export const AdminRevokeCertification = z.object({ reason: multilineText(1000) }).strict()
export type AdminRevokeCertificationType = z.infer<typeof AdminRevokeCertification>

export const AdminListCertifications = z.object({
  product_id: safeText({ multiline: false }).max(64).optional(),
  status: z.enum(["active", "revoked"]).optional(),
  expiring_within_days: z.coerce.number().int().min(1).max(366).optional(),
  ...paging(),
})
export type AdminListCertificationsType = z.infer<typeof AdminListCertifications>

const producerFields = {
  handle: urlSlug("handle", { min: 1 }),
  name: text(200),
  legal_form: z.enum(LEGAL_FORMS),
  registration_number: optionalText(64),
  province: text(100),
  commune: text(100),
  legacy_district: optionalText(100),
  address: optionalText(300),
  phone: optionalText(32),
  email: z.string().trim().email().max(200).nullish(),
  story_vi: optionalMultiline(20000),
  story_en: optionalMultiline(20000),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
}
export const AdminCreateProducer = z.object(producerFields).strict()
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>
export const AdminUpdateProducer = z.object(producerFields).partial().strict()
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>

export const AdminListProducers = z.object({
  q: safeText({ multiline: false }).max(200).optional(),
  province: safeText({ multiline: false }).max(100).optional(),
  ...paging(),
})
export type AdminListProducersType = z.infer<typeof AdminListProducers>

export const AdminAssignProducts = z
  .object({ product_ids: z.array(text(64)).min(1).max(1000) })
  .strict()
export type AdminAssignProductsType = z.infer<typeof AdminAssignProducts>

export const AdminUpsertStories = UpsertStories
export type AdminUpsertStoriesType = z.infer<typeof AdminUpsertStories>

export const AdminListProducerUsers = z.object({
  status: z.enum(PRODUCER_USER_STATUSES).optional(),
  ...paging(),
})
export type AdminListProducerUsersType = z.infer<typeof AdminListProducerUsers>

export const AdminInviteProducerUser = z.object({ ...invitee, producer_id: text(64) }).strict()
export type AdminInviteProducerUserType = z.infer<typeof AdminInviteProducerUser>

export const AdminUpdateProducerUser = z
  .object({
    status: z.enum(PRODUCER_USER_STATUSES).optional(),
    producer_id: text(64).optional(),
  })
  .strict()
export type AdminUpdateProducerUserType = z.infer<typeof AdminUpdateProducerUser>

export const AdminCreateStaffUser = z
  .object({ ...invitee, place_ids: z.array(text(64)).min(1).max(50) })
  .strict()
export type AdminCreateStaffUserType = z.infer<typeof AdminCreateStaffUser>

export const AdminSetStaffPlaces = z
  .object({ place_ids: z.array(text(64)).min(1).max(50) })
  .strict()
export type AdminSetStaffPlacesType = z.infer<typeof AdminSetStaffPlaces>

export const AdminCreatePlace = z
  .object({
    name: text(200),
    type: z.enum(PLACE_TYPES),
    venue: z.enum(SALES_POINT_VENUES).nullish(),
    province: text(100),
    commune: text(100),
    legacy_district: optionalText(100),
    address: text(300),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    opening_hours: optionalText(200),
    phone: optionalText(32),
    pickup: z.boolean().optional(),
  })
  .strict()
export type AdminCreatePlaceType = z.infer<typeof AdminCreatePlace>

export const AdminCreateOrganizerUser = z
  .object({ ...invitee, organisation: optionalText(200) })
  .strict()
export type AdminCreateOrganizerUserType = z.infer<typeof AdminCreateOrganizerUser>

/** A new invitation for an account not claimed yet, in the invitee's language. */
export const AdminResendInvitation = z.object({ locale: inviteeLocale }).strict()
export type AdminResendInvitationType = z.infer<typeof AdminResendInvitation>
export const AdminLinkFairPlace = z.object({ place_id: text(64) }).strict()
export type AdminLinkFairPlaceType = z.infer<typeof AdminLinkFairPlace>
