import type { Route } from "./+types/statements-csv"
import { getStaffToken } from "#app/lib/staff/session.server.ts"
import { statementsCsvResponse } from "#app/lib/portal/statements.server.ts"

/** The place's statements as a CSV download (404 for a place the staff member is not at). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const path = `/staff/places/${encodeURIComponent(params.placeId)}/statements`
  return statementsCsvResponse(path, await getStaffToken(request), request)
}
