import { Select } from "@medusajs/ui"
import { PLACE_TYPES } from "@ocop/shared"
import { PLACE_TYPE_SHORT_LABELS } from "../lib/network-labels"

/** The Select value that stands for "no filter" (a Select item cannot have an empty value). */
export const ALL = "all"

type PlaceFiltersProps = {
  provinces: string[]
  province: string
  type: string
  onChange: (filter: "province" | "type", value: string) => void
}

/** Narrows the network to a province and a kind of place. */
export const PlaceFilters = ({ provinces, province, type, onChange }: PlaceFiltersProps) => (
  <div className="flex flex-wrap gap-3">
    <div className="w-full md:w-60">
      <Select size="small" value={province} onValueChange={(value) => onChange("province", value)}>
        <Select.Trigger aria-label="Province">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All provinces</Select.Item>
          {provinces.map((name) => (
            <Select.Item key={name} value={name}>
              {name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
    <div className="w-full md:w-60">
      <Select size="small" value={type} onValueChange={(value) => onChange("type", value)}>
        <Select.Trigger aria-label="Type of place">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All types</Select.Item>
          {PLACE_TYPES.map((placeType) => (
            <Select.Item key={placeType} value={placeType}>
              {PLACE_TYPE_SHORT_LABELS[placeType]}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  </div>
)
