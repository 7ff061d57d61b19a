import { Select } from "@medusajs/ui"
import { PLACE_TYPES } from "../../modules/ocop/lib/constants"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

/** The Select value that stands for "no filter" (a Select item cannot have an empty value). */
export const ALL = "all"

type PlaceFiltersProps = {
  provinces: string[]
  province: string
  type: string
  onChange: (filter: "province" | "type", value: string) => void
}

/** Narrows the network to a province and a kind of place. */
export const PlaceFilters = ({ provinces, province, type, onChange }: PlaceFiltersProps) => {
  const { t } = useOcopTranslation()
  return (
    <div className="flex flex-wrap gap-3">
      <div className="w-full md:w-60">
        <Select
          size="small"
          value={province}
          onValueChange={(value) => onChange("province", value)}
        >
          <Select.Trigger aria-label={t("common.province")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("places.allProvinces")}</Select.Item>
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
          <Select.Trigger aria-label={t("places.typeOfPlace")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("places.allTypes")}</Select.Item>
            {PLACE_TYPES.map((placeType) => (
              <Select.Item key={placeType} value={placeType}>
                {t(`placeTypeShort.${placeType}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}
