import { Input, Label } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

/** A period of calendar days; an empty end is open (or the page's default). */
export type Period = { from: string; to: string }

type PeriodPickerProps = {
  /** The translation group whose `from` and `to` label the two days (and name their ids). */
  texts: string
  period: Period
  onChange: (period: Period) => void
}

/** Two labelled day inputs, From and To, for a report's period. */
export const PeriodPicker = ({ texts, period, onChange }: PeriodPickerProps) => {
  const { t } = useOcopTranslation()
  const dateField = (key: keyof Period) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`${texts}-${key}`} size="small" weight="plus">
        {t(`${texts}.${key}`)}
      </Label>
      <Input
        id={`${texts}-${key}`}
        type="date"
        size="small"
        value={period[key]}
        onChange={(event) => onChange({ ...period, [key]: event.target.value })}
      />
    </div>
  )
  return (
    <div className="flex flex-wrap items-end gap-4 px-6 py-4">
      {dateField("from")}
      {dateField("to")}
    </div>
  )
}
