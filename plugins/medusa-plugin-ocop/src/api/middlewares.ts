import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { AdminDashboardQuery } from "./admin/ocop/dashboard/validators"
import { AdminRecordTransferPayment } from "./admin/ocop/orders/validators"
import {
  AdminRecordConsignmentPayment,
  AdminSetPlaceCommission,
  AdminStatementQuery,
} from "./admin/ocop/statements/validators"
import { refuseUnknownActorTypes } from "./auth/known-actor-types"
import { throttleLogins } from "./auth/throttle-logins"
import { organizerMiddlewares } from "./organizer/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { refuseBadInput } from "./refuse-bad-input"
import { oneQuery, routeTable } from "./route-table"
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

/** Medusa authenticates /admin itself and the store routes are public: no guard of ours. */
const route = routeTable()

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
    route("POST", "/admin/ocop/orders/:id/transfer-payment", AdminRecordTransferPayment),
    route("GET", "/admin/ocop/statements", AdminStatementQuery, oneQuery),
    route("GET", "/admin/ocop/dashboard", AdminDashboardQuery, oneQuery),
    route("POST", "/admin/ocop/statements/payments", AdminRecordConsignmentPayment),
    route("POST", "/admin/ocop/places/:id/commission", AdminSetPlaceCommission),
    route("POST", "/admin/ocop/organizer-users", AdminCreateOrganizerUser),
    route("POST", "/admin/ocop/places", AdminCreatePlace),
    route("POST", "/admin/ocop/staff-users", AdminCreateStaffUser),
    ...["staff-users", "organizer-users", "producer-users"].map((accounts) =>
      route("POST", `/admin/ocop/${accounts}/:id/invitation`, AdminResendInvitation),
    ),
    route("POST", "/admin/ocop/staff-users/:id", AdminSetStaffPlaces),
    route("POST", "/admin/ocop/fairs/:id/places", AdminLinkFairPlace),
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
    route("GET", "/admin/ocop/producer-users", AdminListProducerUsers),
    route("POST", "/admin/ocop/producer-users", AdminInviteProducerUser),
    route("POST", "/admin/ocop/producer-users/:id", AdminUpdateProducerUser),
    route("GET", "/admin/ocop/certifications", AdminListCertifications),
    route("POST", "/admin/ocop/certifications", AdminCreateCertification),
    route("POST", "/admin/ocop/certifications/batch", AdminCreateCertificationBatch),
    route("POST", "/admin/ocop/certifications/:id/revoke", AdminRevokeCertification),
    route("GET", "/admin/ocop/producers", AdminListProducers),
    route("POST", "/admin/ocop/producers", AdminCreateProducer),
    route("POST", "/admin/ocop/producers/:id", AdminUpdateProducer),
    route("POST", "/admin/ocop/producers/:id/products", AdminAssignProducts),
    route("POST", "/admin/ocop/products/:id/stories", AdminUpsertStories),
    route("GET", "/store/ocop/products", StoreListOcopProducts),
    route("GET", "/store/ocop/places", StoreListPlaces),
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
