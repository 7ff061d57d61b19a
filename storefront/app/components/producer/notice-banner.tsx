import { useTranslation } from "react-i18next"
import type { Notice } from "#app/lib/producer/notices.ts"
import { FormAlert } from "./form-alert.tsx"

/** The one-time message after a successful action ("Product saved."). */
export function NoticeBanner({ notice }: { notice: Notice }) {
  const { t } = useTranslation("producer")
  return <FormAlert tone="info">{t(`notices.${notice}`)}</FormAlert>
}
