import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import type { StockActor } from "../../modules/ocop/lib/constants"
import { staffAtPlace } from "../../lib/staff-context"

type Page = { limit: number; offset: number }
type StaffPlace = Awaited<ReturnType<typeof staffAtPlace>>["place"]
type AtPlace = { place_id: string; actor: StockActor }

/**
 * A staff member's write at `:place_id`: checks they work there (404 otherwise), then runs the
 * workflow with the validated body (and `extra`, ids from the path) at that place, in their name.
 */
export async function runAtPlace<Body extends object, Result, Extra extends object = object>(
  req: AuthenticatedMedusaRequest<Body>,
  // oxlint-disable-next-line no-explicit-any -- any hooks: the route only runs the workflow
  workflow: ReturnWorkflow<Body & Extra & AtPlace, Result, any[]>,
  extra?: Extra,
) {
  const { place, actor } = await staffAtPlace(req, req.params.place_id)
  const { result } = await workflow(req.scope).run({
    input: { ...req.validatedBody, ...(extra as Extra), place_id: place.id, actor },
  })
  return { place, result }
}

/**
 * The `GET` of one of the lists of `:place_id`: a page of it for a staff member who works there
 * (404 otherwise), with the page's `limit` and `offset`.
 */
export const placePageRoute =
  <List extends object>(
    list: (scope: MedusaContainer, place: StaffPlace, page: Page) => Promise<List>,
  ) =>
  async (req: AuthenticatedMedusaRequest<unknown, Page>, res: MedusaResponse) => {
    const { place } = await staffAtPlace(req, req.params.place_id)
    const { limit, offset } = req.validatedQuery
    res.json({ ...(await list(req.scope, place, { limit, offset })), limit, offset })
  }
