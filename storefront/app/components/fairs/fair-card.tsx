import { Link } from "react-router"
import type { DatedFair } from "#app/lib/fairs/format.ts"
import type { FairSummary } from "@ocop/shared"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"
import { FairFacts } from "./fair-facts.tsx"
import { FairStatusBadge } from "./fair-status-badge.tsx"

/** A fair in the list; its name links to its page. */
export function FairCard({ fair }: { fair: DatedFair<FairSummary> }) {
  const localizePath = useLocalizePath()
  return (
    <article className="fair-card">
      <FairStatusBadge status={fair.status} />
      <h3 className="fair-card__name">
        <Link to={localizePath(`/fairs/${encodeURIComponent(fair.slug)}`)}>{fair.name}</Link>
      </h3>
      <FairFacts fair={fair} />
    </article>
  )
}
