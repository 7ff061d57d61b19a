import { PLACE_TYPES } from "@ocop/shared"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { Choice } from "./choice-field"

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
        <Choice
          size="small"
          label={t("common.province")}
          value={province}
          onChange={(value) => onChange("province", value)}
          options={[
            { value: ALL, label: t("places.allProvinces") },
            ...provinces.map((name) => ({ value: name, label: name })),
          ]}
        />
      </div>
      <div className="w-full md:w-60">
        <Choice
          size="small"
          label={t("places.typeOfPlace")}
          value={type}
          onChange={(value) => onChange("type", value)}
          options={[
            { value: ALL, label: t("places.allTypes") },
            ...PLACE_TYPES.map((value) => ({ value, label: t(`placeTypeShort.${value}`) })),
          ]}
        />
      </div>
    </div>
  )
}
