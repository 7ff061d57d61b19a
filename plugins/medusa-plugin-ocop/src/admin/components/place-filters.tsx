import { PLACE_TYPES } from "@ocop/shared"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { Choice, type ChoiceOption } from "./choice-field"

/** The Select value that stands for "no filter" (a Select item cannot have an empty value). */
export const ALL = "all"

type Filter = "province" | "type"

type PlaceFiltersProps = {
  provinces: string[]
  province: string
  type: string
  onChange: (filter: Filter, value: string) => void
}

/** Narrows the network to a province and a kind of place. */
export const PlaceFilters = ({ provinces, province, type, onChange }: PlaceFiltersProps) => {
  const { t } = useOcopTranslation()
  const filters: { filter: Filter; value: string; label: string; options: ChoiceOption[] }[] = [
    {
      filter: "province",
      value: province,
      label: t("common.province"),
      options: [
        { value: ALL, label: t("places.allProvinces") },
        ...provinces.map((name) => ({ value: name, label: name })),
      ],
    },
    {
      filter: "type",
      value: type,
      label: t("places.typeOfPlace"),
      options: [
        { value: ALL, label: t("places.allTypes") },
        ...PLACE_TYPES.map((value) => ({ value, label: t(`placeTypeShort.${value}`) })),
      ],
    },
  ]
  return (
    <div className="flex flex-wrap gap-3">
      {filters.map(({ filter, value, label, options }) => (
        <div key={filter} className="w-full md:w-60">
          <Choice
            size="small"
            label={label}
            value={value}
            onChange={(next) => onChange(filter, next)}
            options={options}
          />
        </div>
      ))}
    </div>
  )
}
