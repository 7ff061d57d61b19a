import type { BoundField } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { TextField } from "./form-field"

type Axis = "latitude" | "longitude"

type CoordinateFieldsProps = {
  /** Prefix of the inputs' ids, e.g. "place" → place-latitude. */
  id: string
} & Record<Axis, BoundField>

/** An example in decimal degrees, shown as the placeholder. */
const EXAMPLE: Record<Axis, string> = { latitude: "15.5736", longitude: "108.4740" }

/** Optional latitude and longitude in decimal degrees, side by side. */
export const CoordinateFields = ({ id, ...fields }: CoordinateFieldsProps) => {
  const { t } = useOcopTranslation()
  return (
    <div className="grid grid-cols-2 gap-4">
      {(["latitude", "longitude"] as const).map((axis) => (
        <TextField
          key={axis}
          id={`${id}-${axis}`}
          label={t(`common.${axis}`)}
          optional
          placeholder={EXAMPLE[axis]}
          type="number"
          step="any"
          inputMode="decimal"
          {...fields[axis]}
        />
      ))}
    </div>
  )
}
