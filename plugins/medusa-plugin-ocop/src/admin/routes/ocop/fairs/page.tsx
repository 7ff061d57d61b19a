import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { useState } from "react"
import { ChangePlacesDrawer } from "../../../components/change-places-drawer"
import { EmptyState } from "../../../components/empty-state"
import { FairsTable } from "../../../components/fairs-table"
import { ListBody, ListPage } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { useFairs, useSetFairPlaces } from "../../../hooks/use-fairs"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"
import { usePlaces } from "../../../hooks/use-places"
import type { Fair } from "../../../lib/network-types"

/** Fairs and the places an officer linked to each: where the fair's stock may come from. */
const FairsPage = () => {
  const { t } = useOcopTranslation()
  const fairs = useFairs()
  const places = usePlaces()
  const [changing, setChanging] = useState<Fair | null>(null)
  const list = fairs.data?.fairs ?? []
  const suppliers = (places.data?.places ?? []).filter((place) => place.type !== "fair_ground")

  return (
    <ListPage texts="fairs">
      <ListBody
        queries={{ fairs, places }}
        isEmpty={list.length === 0}
        empty={<EmptyState title={t("fairs.none")} description={t("fairs.noneDescription")} />}
      >
        <FairsTable fairs={list} onChangePlaces={setChanging} />
      </ListBody>
      <ChangePlacesDrawer
        texts="changeFairPlaces"
        subject={changing}
        current={(fair) => fair.linked_places.map((place) => place.id)}
        textValues={(fair) => ({ fair: fair.name })}
        places={suppliers}
        useSave={useSetFairPlaces}
        onClose={() => setChanging(null)}
      />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "nav.fairs",
  translationNs: "ocop",
  icon: Calendar,
  rank: 6,
})

export const handle = navHandle("nav.fairs")

export default FairsPage
