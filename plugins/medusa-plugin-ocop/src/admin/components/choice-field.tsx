import { Select } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FormField } from "./form-field"

export type ChoiceOption = { value: string; label: string }

type ChoiceProps = {
  id?: string
  value: string
  onChange: (value: string) => void
  options: ChoiceOption[]
  placeholder?: string
  size?: "small" | "base"
  /** Names the control when no visible label does (a filter bar). */
  label?: string
  required?: boolean
  describedBy?: string
}

/** The dashboard's Select over a list of value/label options. */
export const Choice = ({
  id,
  value,
  onChange,
  options,
  placeholder,
  size,
  label,
  required,
  describedBy,
}: ChoiceProps) => (
  <Select size={size} value={value} onValueChange={onChange}>
    <Select.Trigger
      id={id}
      aria-label={label}
      aria-required={required || undefined}
      aria-describedby={describedBy}
    >
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

type ChoiceFieldProps = Omit<ChoiceProps, "id" | "label" | "describedBy"> & {
  id: string
  label: string
  optional?: boolean
  hint?: ReactNode
  warn?: boolean
}

/** A labelled Select; its hint, if any, describes it. */
export const ChoiceField = ({ id, label, optional, hint, warn, ...choice }: ChoiceFieldProps) => (
  <FormField id={id} label={label} optional={optional} hint={hint} warn={warn}>
    <Choice id={id} describedBy={hint ? `${id}-hint` : undefined} {...choice} />
  </FormField>
)
