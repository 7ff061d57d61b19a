import { Input } from "@medusajs/ui"
import type { ChangeEvent } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { FormField } from "./form-field"

type Bound = {
  value: string
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void
}

type CoordinateFieldsProps = {
  /** Prefix of the inputs' ids, e.g. "place" → place-latitude. */
  id: string
  latitude: Bound
  longitude: Bound
}

/** Optional latitude and longitude in decimal degrees, side by side. */
export const CoordinateFields = ({ id, latitude, longitude }: CoordinateFieldsProps) => {
  const { t } = useOcopTranslation()
  const number = { type: "number", step: "any", inputMode: "decimal" } as const
  return (
    <div className="grid grid-cols-2 gap-4">
      <FormField id={`${id}-latitude`} label={t("common.latitude")} optional>
        <Input id={`${id}-latitude`} placeholder="15.5736" {...number} {...latitude} />
      </FormField>
      <FormField id={`${id}-longitude`} label={t("common.longitude")} optional>
        <Input id={`${id}-longitude`} placeholder="108.4740" {...number} {...longitude} />
      </FormField>
    </div>
  )
}
