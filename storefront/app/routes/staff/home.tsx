import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/home"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { getMe } from "#app/lib/staff/api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath } from "#app/lib/staff/paths.ts"
import type { StaffPlace } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The places whose shelves this staff member manages; pick one to work at. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const { places } = await staffCall(request, locale, () => getMe(token, request.signal))
  return { seo: staffSeo(context, staffT(context)("home.title")), places }
}

export default function Home({ loaderData: { places } }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="staff-muted">{t("home.intro")}</p>
      {places.length ? (
        <ul className="staff-places">
          {places.map((place) => (
            <PlaceCard key={place.id} place={place} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t("home.empty")} description={t("home.emptyText")} />
      )}
    </>
  )
}

function PlaceCard({ place }: { place: StaffPlace }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <li>
      <Link className="staff-place-card" to={placePath(place.id, "stock", locale)}>
        <span className="staff-place-card__name">{place.name}</span>
        <span className="staff-muted">
          {t(`placeType.${place.type}`)} · {[place.commune, place.province].join(", ")}
        </span>
        <span className="staff-muted">{place.address}</span>
      </Link>
    </li>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
