import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react"
import { useTranslation } from "react-i18next"
import type { FieldErrorKey } from "#app/lib/producer-forms.ts"

type FieldProps = {
  id: string
  label: string
  error?: FieldErrorKey
  hint?: ReactNode
  className?: string
}

function describedBy(id: string, error?: FieldErrorKey, hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

function Messages({ id, error, hint }: { id: string; error?: FieldErrorKey; hint?: ReactNode }) {
  const { t } = useTranslation("producer")
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
      <Messages id={id} error={error} hint={hint} />
    </p>
  )
}

export function TextAreaField({
  id,
  label,
  error,
  hint,
  className,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <p className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...textarea}
      />
      <Messages id={id} error={error} hint={hint} />
    </p>
  )
}
