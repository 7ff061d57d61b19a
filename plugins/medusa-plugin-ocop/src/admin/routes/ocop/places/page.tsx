import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState } from "../../../components/empty-state"
import { ListBody, ListPage, PageButton } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { OpenPlaceDrawer } from "../../../components/open-place-drawer"
import { ALL, PlaceFilters } from "../../../components/place-filters"
import { PlacesTable } from "../../../components/places-table"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"
import { usePlaces } from "../../../hooks/use-places"
import { useUrlState } from "../../../hooks/use-url-state"
import { placeProvinces, sortPlaces } from "../../../lib/places"

/** The showroom network: OCOP centres, sales points, showrooms and fair grounds. */
const PlacesPage = () => {
  const { t } = useOcopTranslation()
  const { params, update } = useUrlState()
  const province = params.get("province") ?? ALL
  const type = params.get("type") ?? ALL
  const [opening, setOpening] = useState(false)
  const list = usePlaces()
  const places = list.data?.places ?? []
  const provinces = placeProvinces(places)
  const shown = sortPlaces(
    places.filter(
      (place) =>
        (province === ALL || place.province === province) && (type === ALL || place.type === type),
    ),
  )
  const filtered = province !== ALL || type !== ALL

  return (
    <ListPage
      texts="places"
      action={<PageButton onClick={() => setOpening(true)}>{t("openPlace.title")}</PageButton>}
    >
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-3">
        <PlaceFilters
          provinces={provinces}
          province={province}
          type={type}
          onChange={(filter, value) => update({ [filter]: value === ALL ? null : value })}
        />
        {list.data && (
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {filtered
              ? t("places.countFiltered", { shown: shown.length, count: places.length })
              : t("places.count", { count: places.length })}
          </Text>
        )}
      </div>
      <ListBody
        queries={{ places: list }}
        isEmpty={shown.length === 0}
        empty={
          <EmptyState
            title={filtered ? t("places.noMatch") : t("places.none")}
            description={filtered ? t("places.noMatchDescription") : t("places.openFirst")}
            action={
              filtered ? (
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => update({ province: null, type: null })}
                >
                  {t("places.clearFilters")}
                </Button>
              ) : undefined
            }
          />
        }
      >
        <PlacesTable places={shown} />
      </ListBody>
      <OpenPlaceDrawer open={opening} onOpenChange={setOpening} provinces={provinces} />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "nav.places",
  translationNs: "ocop",
  icon: MapPin,
  rank: 4,
})

export const handle = navHandle("nav.places")

export default PlacesPage
