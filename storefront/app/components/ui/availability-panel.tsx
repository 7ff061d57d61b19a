import { useTranslation } from "react-i18next"
import type { PlaceAvailability, ProductVariant } from "@ocop/shared"
import { groupByProvince } from "#app/lib/catalogue/places.ts"
import { EmptyState } from "./empty-state.tsx"
import { PlaceCard } from "./place-card.tsx"

/** Which OCOP centres and sales points hold the product now, by province. */
export function AvailabilityPanel({
  availability,
  variants,
}: {
  availability: PlaceAvailability[]
  variants: ProductVariant[]
}) {
  const { t } = useTranslation()
  return (
    <section className="availability" aria-labelledby="availability-title">
      <h2 id="availability-title">{t("availability.title")}</h2>
      {availability.length === 0 ? (
        <EmptyState
          title={t("availability.emptyTitle")}
          description={t("availability.emptyDescription")}
        />
      ) : (
        groupByProvince(availability).map((group) => (
          <section key={group.province} className="availability__province">
            <h3>{group.province}</h3>
            <ul className="place-list">
              {group.places.map((place) => (
                <li key={place.id}>
                  <PlaceCard place={place} headingLevel={4}>
                    <p className="availability__stock">
                      {t("availability.inStock", { count: place.available })}
                    </p>
                    <ul className="availability__variants">
                      {variants
                        .filter((variant) => (place.quantities[variant.id] ?? 0) > 0)
                        .map((variant) => (
                          <li key={variant.id}>
                            {t("availability.variantStock", {
                              variant: variant.title,
                              count: place.quantities[variant.id],
                            })}
                          </li>
                        ))}
                    </ul>
                  </PlaceCard>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  )
}
