import { useTranslation } from "react-i18next"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { FairSection as Section } from "#app/lib/fairs/catalogue.ts"
import type { DatedFair } from "#app/lib/fairs/format.ts"
import type { FairSummary } from "@ocop/shared"
import { FairCard } from "./fair-card.tsx"

/** One of the list's sections (live, upcoming, past), with its own empty state. */
export function FairSection({
  section,
  fairs,
}: {
  section: Section
  fairs: DatedFair<FairSummary>[]
}) {
  const { t } = useTranslation("fairs")
  const headingId = `fairs-${section}`
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`list.sections.${section}`)}</h2>
      {fairs.length === 0 ? (
        <EmptyState title={t(`list.empty.${section}`)} />
      ) : (
        <ul className="fair-list">
          {fairs.map((fair) => (
            <li key={fair.id}>
              <FairCard fair={fair} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
