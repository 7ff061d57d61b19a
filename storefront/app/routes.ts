import { index, layout, prefix, route, type RouteConfig } from "@react-router/dev/routes"

/**
 * The pages every portal has alike (login, claim): one route module each, mounted below every
 * portal with its own id; the module finds its portal from the page's path (`portalAt`).
 */
const portalPages = (portal: string, pages: ("login" | "claim")[]) =>
  pages.map((page) => route(page, `routes/portal/${page}.tsx`, { id: `${portal}-${page}` }))

/**
 * Vietnamese pages have no prefix (`/products`), English ones live under `/en`
 * (`/en/products`). The root middleware turns any other `:lang` value into a 404.
 * The sitemap and robots.txt serve both languages from the site's root.
 */
export default [
  route("sitemap.xml", "routes/sitemap.xml.ts"),
  route("robots.txt", "routes/robots.txt.ts"),
  ...prefix(":lang?", [
    index("routes/home.tsx"),
    route("products", "routes/products.tsx"),
    route("products/:handle", "routes/product.tsx"),
    route("producers/:handle", "routes/producer-page.tsx"),
    route("places", "routes/places.tsx"),
    // Fairs (issue #8): live, upcoming and past; a fair's catalog by booth; its printable catalog.
    route("fairs", "routes/fairs/layout.tsx", [
      index("routes/fairs/index.tsx"),
      route(":slug", "routes/fairs/fair.tsx"),
      route(":slug/print", "routes/fairs/print.tsx"),
    ]),
    route("verify/:certificateNumber", "routes/verify.tsx"),
    route("cart", "routes/cart.tsx"),
    route("checkout", "routes/checkout.tsx"),
    route("checkout/payment", "routes/checkout-payment.tsx"),
    route("checkout/complete", "routes/checkout-complete.ts"),
    route("orders/:orderId/confirmation", "routes/order-confirmation.tsx"),
    route("account", "routes/account.tsx"),
    route("login", "routes/login.tsx"),
    route("register", "routes/register.tsx"),
    route("logout", "routes/logout.ts"),
    // The producer portal (issue #6): login and registration, then the signed-in pages.
    route("producer", "routes/producer/layout.tsx", [
      ...portalPages("producer", ["login"]),
      route("register", "routes/producer/register.tsx"),
      route("logout", "routes/producer/logout.ts"),
      route("uploads", "routes/producer/uploads.ts"),
      route("statements.csv", "routes/producer/statements-csv.ts"),
      layout("routes/producer/portal.tsx", [
        index("routes/producer/dashboard.tsx"),
        route("products", "routes/producer/products.tsx"),
        route("products/new", "routes/producer/product-new.tsx"),
        route("products/:id", "routes/producer/product-edit.tsx"),
        route("products/:id/story", "routes/producer/product-story.tsx"),
        route("stock", "routes/producer/stock.tsx"),
        route("orders", "routes/producer/orders.tsx"),
        route("statements", "routes/producer/statements.tsx"),
        route("fairs", "routes/producer/fairs.tsx"),
      ]),
    ]),
    // The staff portal (issue #7): centre and sales-point staff manage their places' shelves.
    route("staff", "routes/staff/layout.tsx", [
      ...portalPages("staff", ["login", "claim"]),
      route("logout", "routes/staff/logout.ts"),
      route("places/:placeId/statements.csv", "routes/staff/statements-csv.ts"),
      layout("routes/staff/portal.tsx", [
        index("routes/staff/home.tsx"),
        route("places/:placeId", "routes/staff/place.tsx", [
          index("routes/staff/stock.tsx"),
          route("sale", "routes/staff/sale.tsx"),
          route("receipts", "routes/staff/receipts.tsx"),
          route("receipts/:orderId", "routes/staff/receipt.tsx"),
          route("receipts/:orderId/return", "routes/staff/return.tsx"),
          route("shifts", "routes/staff/shifts.tsx"),
          route("shifts/:shiftId", "routes/staff/shift.tsx"),
          route("receive", "routes/staff/receive.tsx"),
          route("stocktake", "routes/staff/stocktake.tsx"),
          route("transfers", "routes/staff/transfers.tsx"),
          route("transfers/new", "routes/staff/transfer-new.tsx"),
          route("movements", "routes/staff/movements.tsx"),
          route("orders", "routes/staff/orders.tsx"),
          route("orders/:assignmentId", "routes/staff/order.tsx"),
          route("statements", "routes/staff/statements.tsx"),
        ]),
      ]),
    ]),
    // The organiser portal (issue #19): fair organisers run their fairs.
    route("organizer", "routes/organizer/layout.tsx", [
      ...portalPages("organizer", ["login", "claim"]),
      route("logout", "routes/organizer/logout.ts"),
      layout("routes/organizer/portal.tsx", [
        index("routes/organizer/home.tsx"),
        route("fairs/:fairId", "routes/organizer/fair.tsx"),
      ]),
    ]),
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig
