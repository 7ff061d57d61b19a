import { Input, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { PLACE_TYPES, SALES_POINT_VENUES, type PlaceType, type SalesPointVenue } from "@ocop/shared"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useCreatePlace } from "../hooks/use-places"
import { optional } from "../lib/form-values"
import type { CreatePlaceBody } from "../lib/network-types"
import { CoordinateFields } from "./coordinate-fields"
import { DrawerForm, formDrawer, type DrawerState, type FormProps } from "./form-drawer"
import { ChoiceField } from "./choice-field"
import { FormField, TextField } from "./form-field"

type OpenPlaceDrawerProps = DrawerState & {
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
const OpenPlaceForm = ({ provinces, onDone }: FormProps<OpenPlaceDrawerProps>) => {
  const { t } = useOcopTranslation()
  const { form, set, bind, field, problem, setProblem, failWith } = useFormState(
    EMPTY,
    "openPlace",
    "place",
  )
  const [pickup, setPickup] = useState(false)
  const create = useCreatePlace()
  const isSalesPoint = form.type === "sales_point"

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
        onDone()
      },
      onError: failWith(t("openPlace.failed")),
    })
  }

  return (
    <DrawerForm texts="openPlace" problem={problem} onSubmit={submit} isPending={create.isPending}>
      <TextField {...field("name")} aria-required />
      <ChoiceField
        id="place-type"
        label={t("places.type")}
        required
        value={form.type}
        onChange={(value) => set("type", value)}
        placeholder={t("openPlace.chooseTypePlaceholder")}
        options={PLACE_TYPES.map((type) => ({ value: type, label: t(`placeType.${type}`) }))}
      />
      {isSalesPoint && (
        <ChoiceField
          id="place-venue"
          label={t("places.venue")}
          optional
          hint={t("openPlace.venueHint")}
          value={form.venue}
          onChange={(value) => set("venue", value)}
          placeholder={t("openPlace.chooseVenue")}
          options={SALES_POINT_VENUES.map((venue) => ({
            value: venue,
            label: t(`venue.${venue}`),
          }))}
        />
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
      <TextField {...field("commune")} hint={t("openPlace.communeHint")} aria-required />
      <TextField {...field("legacyDistrict")} optional />
      <TextField {...field("address")} aria-required />
      <CoordinateFields id="place" latitude={bind("latitude")} longitude={bind("longitude")} />
      <TextField {...field("openingHours")} optional />
      <TextField {...field("phone")} optional type="tel" />
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
    </DrawerForm>
  )
}

export const OpenPlaceDrawer = formDrawer<OpenPlaceDrawerProps>(OpenPlaceForm)
