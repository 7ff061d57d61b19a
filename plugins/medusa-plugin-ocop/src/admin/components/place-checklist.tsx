import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { placeKindLabel } from "../lib/network-labels"
import { ascii, type Place } from "@ocop/shared"
import { sortPlaces } from "../lib/places"

type PlaceChecklistProps = {
  /** Prefix of the controls' ids. */
  id: string
  places: Place[]
  value: string[]
  onChange: (placeIds: string[]) => void
  /** What the count line says while nothing is chosen. */
  noneHint?: string
}

const fold = (text: string) => ascii(text).toLowerCase()

/** Several places picked from the network; the search ignores Vietnamese tone marks. */
export const PlaceChecklist = ({ id, places, value, onChange, noneHint }: PlaceChecklistProps) => {
  const { t } = useOcopTranslation()
  const [search, setSearch] = useState("")
  const needle = fold(search.trim())
  const shown = sortPlaces(places).filter(
    (place) => !needle || fold(`${place.name} ${place.province} ${place.commune}`).includes(needle),
  )
  const toggle = (placeId: string, checked: boolean) =>
    onChange(checked ? [...value, placeId] : value.filter((chosen) => chosen !== placeId))

  return (
    <fieldset className="flex flex-col gap-y-2" aria-describedby={`${id}-count`}>
      <legend className="txt-compact-small-plus mb-2">{t("placeChecklist.legend")}</legend>
      <Input
        type="search"
        size="small"
        aria-label={t("placeChecklist.searchLabel")}
        placeholder={t("placeChecklist.searchPlaceholder")}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Text id={`${id}-count`} size="small" leading="compact" className="text-ui-fg-subtle">
        {value.length === 0
          ? (noneHint ?? t("placeChecklist.chooseOne"))
          : t("placeChecklist.chosen", { count: value.length })}
      </Text>
      <div className="flex max-h-80 flex-col divide-y overflow-y-auto rounded-md border">
        {shown.length === 0 && (
          <Text size="small" leading="compact" className="px-3 py-2 text-ui-fg-subtle">
            {t("placeChecklist.noMatch")}
          </Text>
        )}
        {shown.map((place) => {
          const checkboxId = `${id}-${place.id}`
          return (
            <div key={place.id} className="flex items-start gap-x-3 px-3 py-2">
              <Checkbox
                id={checkboxId}
                checked={value.includes(place.id)}
                onCheckedChange={(checked) => toggle(place.id, checked === true)}
              />
              <Label htmlFor={checkboxId} className="flex flex-col gap-y-0.5">
                <span className="txt-compact-small-plus">{place.name}</span>
                <span className="txt-compact-xsmall text-ui-fg-subtle">
                  {`${placeKindLabel(t, place.type, place.venue)} · ${place.commune}, ${place.province}`}
                </span>
              </Label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
