import type { BoundField } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { kebab } from "../lib/form-values"
import { TextField } from "./form-field"

type NamePart = "lastName" | "firstName"

type PersonFieldsProps = {
  /** Prefix of the inputs' ids, e.g. "invite" → invite-email. */
  id: string
  email: BoundField
} & Record<NamePart, BoundField>

/** Email, family name and given name (in Vietnamese order) of the person an account is for. */
export const PersonFields = ({ id, email, ...names }: PersonFieldsProps) => {
  const { t } = useOcopTranslation()
  return (
    <>
      <TextField
        id={`${id}-email`}
        label={t("person.email")}
        type="email"
        aria-required
        autoComplete="off"
        placeholder={t("person.emailPlaceholder")}
        {...email}
      />
      <div className="grid grid-cols-2 gap-4">
        {(["lastName", "firstName"] as const).map((part) => (
          <TextField
            key={part}
            id={`${id}-${kebab(part)}`}
            label={t(`person.${part}`)}
            optional
            placeholder={t(`person.${part}Placeholder`)}
            {...names[part]}
          />
        ))}
      </div>
    </>
  )
}
