import { useTranslation } from "react-i18next"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import type { StaffNotice } from "#app/lib/staff/paths.ts"

/** The one-time message after a successful action ("Goods received."). */
export function NoticeBanner({ notice }: { notice: StaffNotice }) {
  const { t } = useTranslation("staff")
  return <FormAlert tone="info">{t(`notices.${notice}`)}</FormAlert>
}
