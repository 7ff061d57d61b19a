import type { BoundField } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { TextField } from "./form-field"

type PersonFieldsProps = {
  /** Prefix of the inputs' ids, e.g. "invite" → invite-email. */
  id: string
  email: BoundField
  lastName: BoundField
  firstName: BoundField
}

/** Email, family name and given name of the person an account is opened for. */
export const PersonFields = ({ id, email, lastName, firstName }: PersonFieldsProps) => {
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
        <TextField
          id={`${id}-last-name`}
          label={t("person.lastName")}
          optional
          placeholder={t("person.lastNamePlaceholder")}
          {...lastName}
        />
        <TextField
          id={`${id}-first-name`}
          label={t("person.firstName")}
          optional
          placeholder={t("person.firstNamePlaceholder")}
          {...firstName}
        />
      </div>
    </>
  )
}
