import { Alert, Button, Drawer, Input, Select, Switch, Text, toast } from "@medusajs/ui"
import { useState, type ComponentProps, type FormEvent } from "react"
import { PLACE_TYPES, SALES_POINT_VENUES, type PlaceType, type SalesPointVenue } from "@ocop/shared"
import { useCreatePlace } from "../hooks/use-places"
import { errorMessage } from "../lib/errors"
import { PLACE_TYPE_LABELS, VENUE_LABELS } from "../lib/network-labels"
import type { CreatePlaceBody } from "../lib/network-types"
import { FormField } from "./form-field"

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

type TextKey = keyof typeof EMPTY

const optional = (value: string) => value.trim() || null

/** A coordinate, null when left empty, or undefined when it is not a number. */
const coordinate = (value: string) => {
  if (value.trim() === "") return null
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}

/** Opens a place of the showroom network; it gets its own stock location. */
export const OpenPlaceDrawer = ({ open, onOpenChange, provinces }: OpenPlaceDrawerProps) => {
  const [form, setForm] = useState(EMPTY)
  const [pickup, setPickup] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const create = useCreatePlace()
  const set = (key: TextKey, value: string) => setForm((current) => ({ ...current, [key]: value }))
  const isSalesPoint = form.type === "sales_point"

  const close = (next: boolean) => {
    if (!next) {
      setForm(EMPTY)
      setPickup(false)
      setProblem(null)
    }
    onOpenChange(next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const latitude = coordinate(form.latitude)
    const longitude = coordinate(form.longitude)
    if (latitude === undefined || longitude === undefined) {
      setProblem("Latitude and longitude are decimal degrees, e.g. 12.6797 and 108.0445.")
      return
    }
    if (!form.type) {
      setProblem("Choose the type of place.")
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
        toast.success(`${place.name} opened`)
        close(false)
      },
      onError: (error) => {
        setProblem(errorMessage(error))
        toast.error("The place was not opened", { description: errorMessage(error) })
      },
    })
  }

  const text = (key: TextKey, id: string, props: ComponentProps<typeof Input> = {}) => (
    <Input id={id} value={form[key]} onChange={(e) => set(key, e.target.value)} {...props} />
  )

  return (
    <Drawer open={open} onOpenChange={close}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Open a place</Drawer.Title>
            <Drawer.Description className="sr-only">
              Add an OCOP centre, sales point, showroom or fair ground to the network.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              The place gets its own stock location and sells through the online store. Staff
              accounts can then be given this place under OCOP staff.
            </Text>
            <FormField id="place-name" label="Name">
              {text("name", "place-name", {
                "aria-required": true,
                placeholder: "e.g. Điểm bán OCOP Hồ Lắk",
              })}
            </FormField>
            <FormField id="place-type" label="Type">
              <Select value={form.type} onValueChange={(value) => set("type", value)}>
                <Select.Trigger id="place-type" aria-required>
                  <Select.Value placeholder="Choose a type" />
                </Select.Trigger>
                <Select.Content>
                  {PLACE_TYPES.map((type) => (
                    <Select.Item key={type} value={type}>
                      {PLACE_TYPE_LABELS[type]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            {isSalesPoint && (
              <FormField
                id="place-venue"
                label="Venue"
                optional
                hint="Where the sales point stands (Decision 950/QĐ-BCT)."
              >
                <Select value={form.venue} onValueChange={(value) => set("venue", value)}>
                  <Select.Trigger id="place-venue" aria-describedby="place-venue-hint">
                    <Select.Value placeholder="Choose a venue" />
                  </Select.Trigger>
                  <Select.Content>
                    {SALES_POINT_VENUES.map((venue) => (
                      <Select.Item key={venue} value={venue}>
                        {VENUE_LABELS[venue]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormField>
            )}
            <FormField id="place-province" label="Province">
              {text("province", "place-province", {
                "aria-required": true,
                list: "place-province-options",
                placeholder: "e.g. Đắk Lắk",
              })}
              <datalist id="place-province-options">
                {provinces.map((province) => (
                  <option key={province} value={province} />
                ))}
              </datalist>
            </FormField>
            <FormField
              id="place-commune"
              label="Commune or ward"
              hint="After the 2025 reform: province and commune, no district."
            >
              {text("commune", "place-commune", {
                "aria-required": true,
                "aria-describedby": "place-commune-hint",
                placeholder: "e.g. Liên Sơn Lắk",
              })}
            </FormField>
            <FormField id="place-legacy-district" label="Former district" optional>
              {text("legacyDistrict", "place-legacy-district", { placeholder: "e.g. Lắk" })}
            </FormField>
            <FormField id="place-address" label="Address">
              {text("address", "place-address", { "aria-required": true })}
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="place-latitude" label="Latitude" optional>
                {text("latitude", "place-latitude", {
                  type: "number",
                  step: "any",
                  inputMode: "decimal",
                })}
              </FormField>
              <FormField id="place-longitude" label="Longitude" optional>
                {text("longitude", "place-longitude", {
                  type: "number",
                  step: "any",
                  inputMode: "decimal",
                })}
              </FormField>
            </div>
            <FormField id="place-hours" label="Opening hours" optional>
              {text("openingHours", "place-hours", { placeholder: "e.g. 7:30–17:00, Mon–Sat" })}
            </FormField>
            <FormField id="place-phone" label="Phone" optional>
              {text("phone", "place-phone", { type: "tel" })}
            </FormField>
            <div className="flex items-start gap-x-3">
              <Switch
                id="place-pickup"
                checked={pickup}
                onCheckedChange={setPickup}
                aria-describedby="place-pickup-hint"
              />
              <div className="flex flex-col gap-y-1">
                <label htmlFor="place-pickup" className="txt-compact-small-plus">
                  Pickup point
                </label>
                <Text
                  id="place-pickup-hint"
                  size="small"
                  leading="compact"
                  className="text-ui-fg-subtle"
                >
                  Shoppers can collect online orders here.
                </Text>
              </div>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Open place
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
