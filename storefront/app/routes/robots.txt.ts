import type { Route } from "./+types/robots.txt"
import { getEnv } from "#app/lib/env.server.ts"
import { robotsTxt, siteOrigin } from "#app/lib/sitemap.ts"

export function loader({ request }: Route.LoaderArgs) {
  return new Response(robotsTxt(siteOrigin(getEnv().STOREFRONT_URL, request.url)), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  })
}
