import type {
  ComponentProps,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react"
import { useTranslation } from "react-i18next"
import type { FormErrorKey } from "#app/lib/core/form.ts"

/** The translation namespace a field's error key belongs to: the shop's, or a portal's. */
export type FieldNamespace = "common" | "producer" | "staff" | "organizer"

type MessageProps = {
  id: string
  /** A translation key of `ns`, shown under the control. */
  error?: string
  hint?: ReactNode
  ns?: FieldNamespace
}

type FieldProps = MessageProps & { label: string; className?: string }

function describedBy(id: string, error?: string, hint?: ReactNode) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

/** A field's hint and error, referenced by the control's aria-describedby. */
function Messages({ id, error, hint, ns = "common" }: MessageProps) {
  // Keys are checked where the fields are made for a namespace (`fieldsFor`).
  const t = useTranslation(ns).t as (key: string) => string
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

/** What a control of a field takes: its id, and whether it is invalid and described. */
function controlProps({ id, error, hint }: MessageProps) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, error, hint),
  }
}

/** The labelled paragraph every field is: label, control, then hint and error. */
function Field({ label, className, children, ...messages }: FieldProps & { children: ReactNode }) {
  return (
    <p className={className ? `field ${className}` : "field"}>
      <label htmlFor={messages.id}>{label}</label>
      {children}
      <Messages {...messages} />
    </p>
  )
}

/** A field's props split: the labelled paragraph's, and its control's (wired to its messages). */
function splitField<P extends FieldProps>({
  id,
  label,
  error,
  hint,
  ns,
  className,
  ...control
}: P) {
  const messages = { id, error, hint, ns }
  return {
    field: { label, className, ...messages },
    control: { ...controlProps(messages), ...control },
  }
}

function Input(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { field, control } = splitField(props)
  return (
    <Field {...field}>
      <input {...control} />
    </Field>
  )
}

function Select({
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const { field, control } = splitField(props)
  return (
    <Field {...field}>
      <select {...control}>{children}</select>
    </Field>
  )
}

function TextArea(props: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { field, control } = splitField(props)
  return (
    <Field {...field}>
      <textarea {...control} />
    </Field>
  )
}

type Keyed<P, E> = Omit<P, "error" | "ns"> & { error?: E }

/**
 * The fields of one translation namespace, their errors typed as its keys: labelled inputs,
 * selects and text areas with their hint and error, wired for screen readers, and the hint and
 * error alone for controls laid out otherwise (table cells, radio groups).
 */
export function fieldsFor<E extends string>(ns: FieldNamespace) {
  return {
    TextField: (props: Keyed<ComponentProps<typeof Input>, E>) => <Input ns={ns} {...props} />,
    SelectField: (props: Keyed<ComponentProps<typeof Select>, E>) => <Select ns={ns} {...props} />,
    TextAreaField: (props: Keyed<ComponentProps<typeof TextArea>, E>) => (
      <TextArea ns={ns} {...props} />
    ),
    FieldMessages: (props: Keyed<MessageProps, E>) => <Messages ns={ns} {...props} />,
  }
}

/** The shop's own fields (checkout, account), errors from the common translations. */
export const { TextField, SelectField } = fieldsFor<FormErrorKey>("common")
