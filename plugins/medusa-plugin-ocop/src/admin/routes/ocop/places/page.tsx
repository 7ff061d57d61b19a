import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState } from "../../../components/empty-state"
import { ErrorState } from "../../../components/error-state"
import { LoadingState } from "../../../components/loading-state"
import { OpenPlaceDrawer } from "../../../components/open-place-drawer"
import { ALL, PlaceFilters } from "../../../components/place-filters"
import { PlacesTable } from "../../../components/places-table"
import { usePlaces } from "../../../hooks/use-places"
import { useUrlState } from "../../../hooks/use-url-state"
import { placeProvinces, sortPlaces } from "../../../lib/places"

const placesWord = (count: number) => (count === 1 ? "place" : "places")

/** The showroom network: OCOP centres, sales points, showrooms and fair grounds. */
const PlacesPage = () => {
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
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">OCOP places</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The showroom network: OCOP centres, sales points, showrooms and fair grounds, where
            stock lives and shoppers can pick up.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setOpening(true)}>
          Open a place
        </Button>
      </div>
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
              ? `${shown.length} of ${places.length} ${placesWord(places.length)}`
              : `${places.length} ${placesWord(places.length)}`}
          </Text>
        )}
      </div>
      {list.isLoading && <LoadingState label="Loading places…" />}
      {list.isError && <ErrorState error={list.error} what="places" />}
      {list.data && shown.length === 0 && (
        <EmptyState
          title={filtered ? "No place matches" : "No places yet"}
          description={
            filtered
              ? "No place matches these filters."
              : "Open the first OCOP centre or sales point."
          }
          action={
            filtered ? (
              <Button
                size="small"
                variant="secondary"
                onClick={() => update({ province: null, type: null })}
              >
                Clear filters
              </Button>
            ) : undefined
          }
        />
      )}
      {shown.length > 0 && <PlacesTable places={shown} />}
      <OpenPlaceDrawer open={opening} onOpenChange={setOpening} provinces={provinces} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP places",
  icon: MapPin,
  rank: 4,
})

export const handle = { breadcrumb: () => "OCOP places" }

export default PlacesPage
