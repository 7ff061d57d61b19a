import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react"
import { useTranslation } from "react-i18next"
import type { FormErrorKey } from "#app/lib/form.ts"

type FieldProps = {
  id: string
  label: string
  error?: FormErrorKey
  hint?: string
  className?: string
}

function Message({ id, error, hint }: { id: string; error?: FormErrorKey; hint?: string }) {
  const { t } = useTranslation()
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

function describedBy(id: string, error?: FormErrorKey, hint?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

/** A labelled input with its hint and error, wired for screen readers. */
export function TextField({
  id,
  label,
  error,
  hint,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <p className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
      <Message id={id} error={error} hint={hint} />
    </p>
  )
}

export function SelectField({
  id,
  label,
  error,
  hint,
  className,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <p className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {children}
      </select>
      <Message id={id} error={error} hint={hint} />
    </p>
  )
}
