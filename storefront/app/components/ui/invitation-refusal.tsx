import { useTranslation } from "react-i18next"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import type { InvitationRefusal as Refusal } from "#app/lib/portal/invitation.ts"

/**
 * Why the invitation did not claim the account, and what to do about it; "missing" when the
 * page was opened without the invitation's link.
 */
export function InvitationRefusal({ refusal }: { refusal: Refusal | "missing" }) {
  const { t } = useTranslation("common")
  return <FormAlert>{t(`invitation.${refusal}`)}</FormAlert>
}
