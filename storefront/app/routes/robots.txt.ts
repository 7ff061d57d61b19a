import type { Route } from "./+types/robots.txt"
import { publicOrigin } from "#app/lib/core/site.server.ts"
import { robotsTxt } from "#app/lib/catalogue/sitemap.ts"

export function loader({ request }: Route.LoaderArgs) {
  return new Response(robotsTxt(publicOrigin(request)), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  })
}
