import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type StockActorType } from "@ocop/shared"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

type Person = { first_name?: string | null; last_name?: string | null; email: string }
type Named = { actor_type: StockActorType; actor_id: string | null }

const nameOf = (person: Person) =>
  [person.first_name, person.last_name].filter(Boolean).join(" ") || person.email

const idsOf = (rows: Named[], type: StockActorType) => [
  ...new Set(
    rows.filter((row) => row.actor_type === type && row.actor_id).map((row) => row.actor_id!),
  ),
]

/**
 * Rows of a stock history with the actor each names, as a reader sees it: `actor.name` is a
 * staff member's or officer's name (or email), an organiser's organisation (or name); null for
 * the system and for an account removed since.
 */
export async function withActors<T extends Named>(container: MedusaContainer, rows: T[]) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [staff, organizers, users] = await Promise.all(
    (["staff", "organizer", "user"] as const).map(async (type) => {
      const ids = idsOf(rows, type)
      if (!ids.length) return new Map<string, string>()
      const people: (Person & { id: string; organisation?: string | null })[] =
        type === "staff"
          ? await ocop.listStaffUsers({ id: ids })
          : type === "organizer"
            ? await ocop.listOrganizerUsers({ id: ids })
            : await container.resolve(Modules.USER).listUsers({ id: ids })
      return new Map(people.map((person) => [person.id, person.organisation || nameOf(person)]))
    }),
  )
  const names = { staff, organizer: organizers, user: users }
  return rows.map((row) => ({
    ...row,
    actor: {
      type: row.actor_type,
      id: row.actor_id,
      name:
        row.actor_type === "system" || !row.actor_id
          ? null
          : (names[row.actor_type].get(row.actor_id) ?? null),
    },
  }))
}
