import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react"
import { useTranslation } from "react-i18next"
import type { FieldErrorKey } from "#app/lib/staff-forms.ts"

type FieldProps = { id: string; label: string; error?: FieldErrorKey; hint?: ReactNode }

function describedBy(id: string, error?: FieldErrorKey, hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

/** A field's hint and error, referenced by the control's aria-describedby. */
export function FieldMessages({
  id,
  error,
  hint,
}: {
  id: string
  error?: FieldErrorKey
  hint?: ReactNode
}) {
  const { t } = useTranslation("staff")
  return (
    <>
      {hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {t(error)}
        </span>
      ) : null}
    </>
  )
}

/** A labelled input with its hint and error, wired for screen readers. */
export function InputField({
  id,
  label,
  error,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
      <FieldMessages id={id} error={error} hint={hint} />
    </p>
  )
}

export function SelectField({
  id,
  label,
  error,
  hint,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {children}
      </select>
      <FieldMessages id={id} error={error} hint={hint} />
    </p>
  )
}

/**
 * A number of units inside a table row: labelled by the row's product for screen readers,
 * numeric keypad on a tablet, its error under it.
 */
export function UnitsInput({
  id,
  name,
  label,
  error,
  defaultValue,
}: {
  id: string
  name: string
  label: string
  error?: FieldErrorKey
  defaultValue?: string
}) {
  return (
    <>
      <input
        id={id}
        name={name}
        className="staff-units"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        defaultValue={defaultValue}
      />
      <FieldMessages id={id} error={error} />
    </>
  )
}
