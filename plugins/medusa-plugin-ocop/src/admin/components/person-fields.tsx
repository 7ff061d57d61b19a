import { Input } from "@medusajs/ui"
import type { ChangeEvent } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { FormField } from "./form-field"

type Bound = {
  value: string
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void
}

type PersonFieldsProps = {
  /** Prefix of the inputs' ids, e.g. "invite" → invite-email. */
  id: string
  email: Bound
  lastName: Bound
  firstName: Bound
}

/** Email, family name and given name of the person an account is opened for. */
export const PersonFields = ({ id, email, lastName, firstName }: PersonFieldsProps) => {
  const { t } = useOcopTranslation()
  return (
    <>
      <FormField id={`${id}-email`} label={t("person.email")}>
        <Input
          id={`${id}-email`}
          type="email"
          aria-required
          autoComplete="off"
          placeholder={t("person.emailPlaceholder")}
          {...email}
        />
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField id={`${id}-last-name`} label={t("person.lastName")} optional>
          <Input
            id={`${id}-last-name`}
            placeholder={t("person.lastNamePlaceholder")}
            {...lastName}
          />
        </FormField>
        <FormField id={`${id}-first-name`} label={t("person.firstName")} optional>
          <Input
            id={`${id}-first-name`}
            placeholder={t("person.firstNamePlaceholder")}
            {...firstName}
          />
        </FormField>
      </div>
    </>
  )
}
