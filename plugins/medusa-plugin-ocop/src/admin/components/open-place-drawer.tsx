import { Input, Select, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  PLACE_TYPES,
  SALES_POINT_VENUES,
  type PlaceType,
  type SalesPointVenue,
} from "../../modules/ocop/lib/constants"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useCreatePlace } from "../hooks/use-places"
import { optional } from "../lib/form-values"
import type { CreatePlaceBody } from "../lib/network-types"
import { CoordinateFields } from "./coordinate-fields"
import { FormDrawer } from "./form-drawer"
import { FormField, TextField } from "./form-field"

type OpenPlaceDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Provinces the network already reaches, offered while typing. */
  provinces: string[]
}

const EMPTY = {
  name: "",
  type: "",
  venue: "",
  province: "",
  commune: "",
  legacyDistrict: "",
  address: "",
  latitude: "",
  longitude: "",
  openingHours: "",
  phone: "",
}

/** A coordinate, null when left empty, or undefined when it is not a number. */
const coordinate = (value: string) => {
  if (value.trim() === "") return null
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}

/** Opens a place of the showroom network; it gets its own stock location. */
export const OpenPlaceDrawer = ({ open, onOpenChange, provinces }: OpenPlaceDrawerProps) => {
  const { t } = useOcopTranslation()
  const { form, set, bind, problem, setProblem, reset, failWith } = useFormState(EMPTY)
  const [pickup, setPickup] = useState(false)
  const create = useCreatePlace()
  const isSalesPoint = form.type === "sales_point"

  const close = (next: boolean) => {
    if (!next) {
      reset()
      setPickup(false)
    }
    onOpenChange(next)
  }

  const submit = () => {
    const latitude = coordinate(form.latitude)
    const longitude = coordinate(form.longitude)
    if (latitude === undefined || longitude === undefined) {
      setProblem(t("openPlace.badCoordinates"))
      return
    }
    if (!form.type) {
      setProblem(t("openPlace.chooseType"))
      return
    }
    const body: CreatePlaceBody = {
      name: form.name.trim(),
      type: form.type as PlaceType,
      venue: isSalesPoint && form.venue ? (form.venue as SalesPointVenue) : null,
      province: form.province.trim(),
      commune: form.commune.trim(),
      legacy_district: optional(form.legacyDistrict),
      address: form.address.trim(),
      latitude,
      longitude,
      opening_hours: optional(form.openingHours),
      phone: optional(form.phone),
      pickup,
    }
    create.mutate(body, {
      onSuccess: ({ place }) => {
        toast.success(t("openPlace.opened", { name: place.name }))
        close(false)
      },
      onError: failWith(t("openPlace.failed")),
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={close}
      texts="openPlace"
      problem={problem}
      onSubmit={submit}
      isPending={create.isPending}
    >
      <TextField
        id="place-name"
        label={t("places.name")}
        aria-required
        placeholder={t("openPlace.namePlaceholder")}
        {...bind("name")}
      />
      <FormField id="place-type" label={t("places.type")}>
        <Select value={form.type} onValueChange={(value) => set("type", value)}>
          <Select.Trigger id="place-type" aria-required>
            <Select.Value placeholder={t("openPlace.chooseTypePlaceholder")} />
          </Select.Trigger>
          <Select.Content>
            {PLACE_TYPES.map((type) => (
              <Select.Item key={type} value={type}>
                {t(`placeType.${type}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      {isSalesPoint && (
        <FormField
          id="place-venue"
          label={t("places.venue")}
          optional
          hint={t("openPlace.venueHint")}
        >
          <Select value={form.venue} onValueChange={(value) => set("venue", value)}>
            <Select.Trigger id="place-venue" aria-describedby="place-venue-hint">
              <Select.Value placeholder={t("openPlace.chooseVenue")} />
            </Select.Trigger>
            <Select.Content>
              {SALES_POINT_VENUES.map((venue) => (
                <Select.Item key={venue} value={venue}>
                  {t(`venue.${venue}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
      )}
      <FormField id="place-province" label={t("common.province")}>
        <Input
          id="place-province"
          aria-required
          list="place-province-options"
          placeholder={t("openPlace.provincePlaceholder")}
          {...bind("province")}
        />
        <datalist id="place-province-options">
          {provinces.map((province) => (
            <option key={province} value={province} />
          ))}
        </datalist>
      </FormField>
      <TextField
        id="place-commune"
        label={t("openPlace.commune")}
        hint={t("openPlace.communeHint")}
        aria-required
        placeholder={t("openPlace.communePlaceholder")}
        {...bind("commune")}
      />
      <TextField
        id="place-legacy-district"
        label={t("common.formerDistrict")}
        optional
        placeholder={t("openPlace.legacyDistrictPlaceholder")}
        {...bind("legacyDistrict")}
      />
      <TextField
        id="place-address"
        label={t("common.address")}
        aria-required
        {...bind("address")}
      />
      <CoordinateFields id="place" latitude={bind("latitude")} longitude={bind("longitude")} />
      <TextField
        id="place-hours"
        label={t("places.openingHours")}
        optional
        placeholder={t("openPlace.hoursPlaceholder")}
        {...bind("openingHours")}
      />
      <TextField
        id="place-phone"
        label={t("person.phone")}
        optional
        type="tel"
        {...bind("phone")}
      />
      <div className="flex items-start gap-x-3">
        <Switch
          id="place-pickup"
          checked={pickup}
          onCheckedChange={setPickup}
          aria-describedby="place-pickup-hint"
        />
        <div className="flex flex-col gap-y-1">
          <label htmlFor="place-pickup" className="txt-compact-small-plus">
            {t("openPlace.pickupPoint")}
          </label>
          <Text id="place-pickup-hint" size="small" leading="compact" className="text-ui-fg-subtle">
            {t("openPlace.pickupHint")}
          </Text>
        </div>
      </div>
    </FormDrawer>
  )
}
