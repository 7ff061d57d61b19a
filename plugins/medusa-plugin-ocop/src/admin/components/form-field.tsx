import { Input, Label, Text, clx } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type FormFieldProps = {
  /** The control's id; its hint gets `${id}-hint` for aria-describedby. */
  id: string
  label: string
  optional?: boolean
  hint?: ReactNode
  /** Shows the hint as a problem rather than as help. */
  warn?: boolean
  children: ReactNode
}

export const FormField = ({ id, label, optional, hint, warn, children }: FormFieldProps) => {
  const { t } = useOcopTranslation()
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} id={`${id}-label`} size="small" weight="plus">
        {label}
        {optional && (
          <span className="font-normal text-ui-fg-muted">{` ${t("common.optional")}`}</span>
        )}
      </Label>
      {children}
      {hint && (
        <Text
          id={`${id}-hint`}
          size="small"
          leading="compact"
          className={clx(warn ? "text-ui-fg-error" : "text-ui-fg-subtle")}
        >
          {hint}
        </Text>
      )}
    </div>
  )
}

type TextFieldProps = Omit<FormFieldProps, "children"> &
  Omit<ComponentProps<typeof Input>, "id"> & { id: string }

/** A labelled text input; its hint, if any, describes it. */
export const TextField = ({ id, label, optional, hint, warn, ...input }: TextFieldProps) => (
  <FormField id={id} label={label} optional={optional} hint={hint} warn={warn}>
    <Input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
  </FormField>
)
