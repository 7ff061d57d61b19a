import type { BoundField } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { TextField } from "./form-field"

type CoordinateFieldsProps = {
  /** Prefix of the inputs' ids, e.g. "place" → place-latitude. */
  id: string
  latitude: BoundField
  longitude: BoundField
}

/** Optional latitude and longitude in decimal degrees, side by side. */
export const CoordinateFields = ({ id, latitude, longitude }: CoordinateFieldsProps) => {
  const { t } = useOcopTranslation()
  const number = { type: "number", step: "any", inputMode: "decimal" } as const
  return (
    <div className="grid grid-cols-2 gap-4">
      <TextField
        id={`${id}-latitude`}
        label={t("common.latitude")}
        optional
        placeholder="15.5736"
        {...number}
        {...latitude}
      />
      <TextField
        id={`${id}-longitude`}
        label={t("common.longitude")}
        optional
        placeholder="108.4740"
        {...number}
        {...longitude}
      />
    </div>
  )
}
