import { index, prefix, route, type RouteConfig } from "@react-router/dev/routes"

/**
 * Vietnamese pages have no prefix (`/products`), English ones live under `/en`
 * (`/en/products`). The root middleware turns any other `:lang` value into a 404.
 */
export default [
  ...prefix(":lang?", [
    index("routes/home.tsx"),
    route("products", "routes/products.tsx"),
    route("products/:handle", "routes/product.tsx"),
    route("verify/:certificateNumber", "routes/verify.tsx"),
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig
