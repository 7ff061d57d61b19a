import { useTranslation } from "react-i18next"
import { NavLink } from "react-router"
import { placePath, type PlacePage } from "#app/lib/staff/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

const sections: Exclude<PlacePage, "transfer">[] = [
  "orders",
  "stock",
  "sale",
  "receipts",
  "shifts",
  "receive",
  "stocktake",
  "transfers",
  "movements",
  "statements",
]

/** The sections of one place's shelf, as large tabs a finger can hit on a tablet. */
export function PlaceNav({ placeId }: { placeId: string }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <nav aria-label={t("nav.place")} className="staff-place-nav">
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <NavLink
              to={placePath(placeId, section, locale)}
              end={
                section !== "transfers" &&
                section !== "receipts" &&
                section !== "shifts" &&
                section !== "orders"
              }
            >
              {t(`nav.${section}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
