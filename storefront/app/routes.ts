import { index, prefix, route, type RouteConfig } from "@react-router/dev/routes"

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
    route("producers/:handle", "routes/producer.tsx"),
    route("places", "routes/places.tsx"),
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
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig
