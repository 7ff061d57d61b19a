import { Label, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
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
