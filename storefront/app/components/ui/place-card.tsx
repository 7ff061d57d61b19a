import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { Place } from "@ocop/shared"
import { placeTypeLabelKey, venueLabelKey } from "#app/lib/catalogue/places.ts"
import { Facts } from "#app/components/ui/facts.tsx"

/** One place of the showroom network: what it is, where, when it opens, and a phone. */
export function PlaceCard({
  place,
  headingLevel = 3,
  children,
}: {
  place: Place
  /** The card's heading sits one level under its section's. */
  headingLevel?: 3 | 4
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const Heading = headingLevel === 3 ? "h3" : "h4"
  return (
    <article className="place-card">
      <Heading className="place-card__name">{place.name}</Heading>
      <p className="place-card__type">
        {t(placeTypeLabelKey(place.type))}
        {place.venue ? ` · ${t(venueLabelKey(place.venue))}` : null}
        {place.pickup ? <span className="tag">{t("places.pickup")}</span> : null}
      </p>
      <Facts
        className="facts facts--compact"
        facts={[
          [t("places.address"), `${place.address}, ${place.commune}, ${place.province}`],
          [t("places.openingHours"), place.opening_hours],
          [
            t("places.phone"),
            place.phone ? (
              <a href={`tel:${place.phone.replace(/[^\d+]/g, "")}`}>{place.phone}</a>
            ) : null,
          ],
        ]}
      />
      {children}
    </article>
  )
}
