import { useTranslation } from "react-i18next"
import { Outlet } from "react-router"
import type { Route } from "./+types/place"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { PlaceNav } from "#app/components/staff/place-nav.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { staffPlace, staffToken } from "#app/lib/staff/auth.server.ts"

/** One place's shelf: its name and sections; another place's id is a 404. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const place = await staffPlace(request, getLocale(context), staffToken(context), params.placeId)
  return { place: { id: place.id, name: place.name, type: place.type, province: place.province } }
}

export default function Place({ loaderData: { place } }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  return (
    <>
      <header className="staff-place-head">
        <p className="staff-place-head__name">{place.name}</p>
        <p className="staff-muted">
          {t(`placeType.${place.type}`)} · {place.province}
        </p>
      </header>
      <PlaceNav placeId={place.id} />
      <Outlet />
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
