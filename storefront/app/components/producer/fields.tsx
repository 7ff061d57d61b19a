import { fieldsFor } from "#app/components/ui/field.tsx"
import type { FieldErrorKey } from "#app/lib/producer/forms.ts"

/** The producer portal's fields, errors from its translations. */
export const { TextField: InputField, TextAreaField } = fieldsFor<FieldErrorKey>("producer")
