import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairSummary, linkedPlaces } from "../../../../lib/fair-view"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"

/** Every fair, newest first, with its organiser and the places linked to it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const fairs = await ocop.listFairs({}, { order: { starts_at: "DESC" }, take: 500 })
  const organizerIds = [...new Set(fairs.map((fair) => fair.organizer_id))]
  const [organizers, linked] = await Promise.all([
    organizerIds.length ? ocop.listOrganizerUsers({ id: organizerIds }) : Promise.resolve([]),
    linkedPlaces(
      req.scope,
      fairs.map((fair) => fair.id),
    ),
  ])
  res.json({
    fairs: fairs.map((fair) => {
      const organizer = organizers.find((row) => row.id === fair.organizer_id)
      return {
        ...fairSummary(fair, "vi"),
        place_id: fair.place_id,
        organizer: organizer
          ? { id: organizer.id, email: organizer.email, organisation: organizer.organisation }
          : null,
        linked_places: linked.get(fair.id) ?? [],
      }
    }),
  })
}
