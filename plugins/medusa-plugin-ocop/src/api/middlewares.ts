import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminOrderPaymentMiddlewares } from "./admin/ocop/orders/middlewares"
import { statementMiddlewares } from "./admin/ocop/statements/middlewares"
import { refuseUnknownActorTypes } from "./auth/known-actor-types"
import { throttleLogins } from "./auth/throttle-logins"
import { organizerMiddlewares } from "./organizer/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { refuseBadInput } from "./refuse-bad-input"
import { staffMiddlewares } from "./staff/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import {
  AdminAssignProducts,
  AdminCreateOrganizerUser,
  AdminCreatePlace,
  AdminCreateStaffUser,
  AdminResendInvitation,
  AdminInviteProducerUser,
  AdminSetStaffPlaces,
  AdminListProducerUsers,
  AdminUpdateProducerUser,
  AdminCreateCertification,
  AdminCreateCertificationBatch,
  AdminCreateProducer,
  AdminLinkFairPlace,
  AdminListCertifications,
  AdminListProducers,
  AdminRevokeCertification,
  AdminUpdateProducer,
  AdminUpsertStories,
} from "./admin/ocop/validators"
import {
  hideUnlistedProducts,
  refuseUnlistedStoreProduct,
  refuseUnlistedStoreVariant,
} from "./store/ocop/refuse-unlisted"
import { StoreListOcopProducts, StoreListPlaces } from "./store/ocop/validators"

const listQuery = { defaults: ["id"], isList: true }

/** Stored files are public, except private ones (exports), which need a programme officer. */
const officerIfSignedIn = authenticate("user", ["session", "bearer"], {
  allowUnauthenticated: true,
})

export default defineMiddlewares({
  routes: [
    ...producerMiddlewares,
    ...staffMiddlewares,
    ...organizerMiddlewares,
    // Every route, Medusa's own included: no method, so it runs before their validators (and
    // after the portals' CORS above, so a browser can read the refusal).
    { matcher: "/", middlewares: [refuseBadInput] },
    { matcher: "/uploads/:key", method: "GET", middlewares: [officerIfSignedIn] },
    { matcher: "/static/:key", method: "GET", middlewares: [officerIfSignedIn] },
    ...storeOrderMiddlewares,
    ...adminOrderPaymentMiddlewares,
    ...statementMiddlewares,
    {
      matcher: "/admin/ocop/organizer-users",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateOrganizerUser)],
    },
    {
      matcher: "/admin/ocop/places",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreatePlace)],
    },
    {
      matcher: "/admin/ocop/staff-users",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateStaffUser)],
    },
    ...["staff-users", "organizer-users", "producer-users"].map((accounts) => ({
      matcher: `/admin/ocop/${accounts}/:id/invitation`,
      method: "POST" as const,
      middlewares: [validateAndTransformBody(AdminResendInvitation)],
    })),
    {
      matcher: "/admin/ocop/staff-users/:id",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminSetStaffPlaces)],
    },
    {
      matcher: "/admin/ocop/fairs/:id/places",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminLinkFairPlace)],
    },
    { matcher: "/auth/*", middlewares: [refuseUnknownActorTypes] },
    {
      matcher: "/auth/:actor_type/:auth_provider",
      method: ["GET", "POST"],
      middlewares: [throttleLogins],
    },
    {
      matcher: "/auth/:actor_type/:auth_provider/register",
      method: "POST",
      middlewares: [throttleLogins],
    },
    {
      matcher: "/admin/ocop/producer-users",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminListProducerUsers, listQuery)],
    },
    {
      matcher: "/admin/ocop/producer-users",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminInviteProducerUser)],
    },
    {
      matcher: "/admin/ocop/producer-users/:id",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminUpdateProducerUser)],
    },
    {
      matcher: "/admin/ocop/certifications",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminListCertifications, listQuery)],
    },
    {
      matcher: "/admin/ocop/certifications",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateCertification)],
    },
    {
      matcher: "/admin/ocop/certifications/batch",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateCertificationBatch)],
    },
    {
      matcher: "/admin/ocop/certifications/:id/revoke",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminRevokeCertification)],
    },
    {
      matcher: "/admin/ocop/producers",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminListProducers, listQuery)],
    },
    {
      matcher: "/admin/ocop/producers",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateProducer)],
    },
    {
      matcher: "/admin/ocop/producers/:id",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminUpdateProducer)],
    },
    {
      matcher: "/admin/ocop/producers/:id/products",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminAssignProducts)],
    },
    {
      matcher: "/admin/ocop/products/:id/stories",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminUpsertStories)],
    },
    {
      matcher: "/store/ocop/products",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreListOcopProducts, listQuery)],
    },
    {
      matcher: "/store/ocop/places",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreListPlaces, listQuery)],
    },
    { matcher: "/store/products/:id", method: "GET", middlewares: [refuseUnlistedStoreProduct] },
    { matcher: "/store/products", method: "GET", middlewares: [hideUnlistedProducts] },
    { matcher: "/store/product-variants", method: "GET", middlewares: [hideUnlistedProducts] },
    { matcher: "/store/collections*", method: "GET", middlewares: [hideUnlistedProducts] },
    { matcher: "/store/product-categories*", method: "GET", middlewares: [hideUnlistedProducts] },
    {
      matcher: "/store/product-variants/:id",
      method: "GET",
      middlewares: [refuseUnlistedStoreVariant],
    },
  ],
})
