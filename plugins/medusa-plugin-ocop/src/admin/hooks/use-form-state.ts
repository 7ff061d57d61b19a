import { useState, type ChangeEvent } from "react"
import { errorMessage, toastFailure } from "../lib/errors"
import { kebab } from "../lib/form-values"
import { useOcopTranslation } from "./use-ocop-translation"

/** What `bind(key)` gives a text input: its value and onChange. */
export type BoundField = {
  value: string
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void
}

/**
 * A drawer form's text fields and its problem line: `bind(key)` gives an input its value
 * and onChange; `field(key)` adds the id `<idPrefix>-<key>` and the label and placeholder
 * `<texts>.fields.<key>` / `<texts>.placeholders.<key>`, for a TextField; `failWith(title)` is an
 * onError that shows the server's refusal and a toast.
 */
export function useFormState<T extends Record<string, unknown>>(
  empty: T,
  texts = "",
  idPrefix = texts,
) {
  const { t } = useOcopTranslation()
  const [form, setForm] = useState(empty)
  const [problem, setProblem] = useState<string | null>(null)
  const set = <K extends keyof T>(key: K, value: T[K]) =>
    setForm((current) => ({ ...current, [key]: value }))
  const bind = (key: { [K in keyof T]: T[K] extends string ? K : never }[keyof T]): BoundField => ({
    value: form[key] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, event.target.value as T[typeof key]),
  })
  const field = (key: Parameters<typeof bind>[0] & string) => ({
    id: `${idPrefix}-${kebab(key)}`,
    label: t(`${texts}.fields.${key}`),
    placeholder: t(`${texts}.placeholders.${key}`, { defaultValue: "" }) || undefined,
    ...bind(key),
  })
  const failWith = (title: string) => (error: unknown) => {
    setProblem(errorMessage(error, t))
    toastFailure(t, title)(error)
  }
  return { form, set, bind, field, problem, setProblem, failWith }
}
