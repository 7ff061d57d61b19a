import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ChangeFairPlacesDrawer } from "../../../components/change-fair-places-drawer"
import { EmptyState } from "../../../components/empty-state"
import { ErrorState } from "../../../components/error-state"
import { FairsTable } from "../../../components/fairs-table"
import { LoadingState } from "../../../components/loading-state"
import { useFairs } from "../../../hooks/use-fairs"
import { usePlaces } from "../../../hooks/use-places"
import type { Fair } from "../../../lib/network-types"

/** Fairs and the places an officer linked to each: where the fair's stock may come from. */
const FairsPage = () => {
  const fairs = useFairs()
  const places = usePlaces()
  const [changing, setChanging] = useState<Fair | null>(null)
  const list = fairs.data?.fairs ?? []
  const suppliers = (places.data?.places ?? []).filter((place) => place.type !== "fair_ground")

  return (
    <Container className="divide-y p-0">
      <div className="flex max-w-3xl flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">OCOP fairs</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Fairs run by organisers. A fair's stock may come only from the places linked here (and
          from the producers holding a booth), and goes back to them after the fair.
        </Text>
      </div>
      {(fairs.isLoading || places.isLoading) && <LoadingState label="Loading fairs…" />}
      {fairs.isError && <ErrorState error={fairs.error} what="fairs" />}
      {places.isError && <ErrorState error={places.error} what="places" />}
      {fairs.data && places.data && list.length === 0 && (
        <EmptyState
          title="No fairs yet"
          description="Fairs appear here once an organiser opens one."
        />
      )}
      {fairs.data && places.data && list.length > 0 && (
        <FairsTable fairs={list} onChangePlaces={setChanging} />
      )}
      <ChangeFairPlacesDrawer
        fair={changing}
        places={suppliers}
        onClose={() => setChanging(null)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP fairs",
  icon: Calendar,
  rank: 6,
})

export const handle = { breadcrumb: () => "OCOP fairs" }

export default FairsPage
