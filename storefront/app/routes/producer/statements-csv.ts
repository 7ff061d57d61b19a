import type { Route } from "./+types/statements-csv"
import { getProducerToken } from "#app/lib/producer/session.server.ts"
import { statementsCsvResponse } from "#app/lib/portal/statements.server.ts"

/** The producer's statements as a CSV download. */
export async function loader({ request }: Route.LoaderArgs) {
  return statementsCsvResponse("/producer/statements", await getProducerToken(request), request)
}
