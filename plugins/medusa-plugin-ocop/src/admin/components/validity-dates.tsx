import { Text } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type ValidityDatesProps = { issuedAt: string; expiresAt: string }

/** Issue and expiry dates stacked, to fit a narrow table column. */
export const ValidityDates = ({ issuedAt, expiresAt }: ValidityDatesProps) => {
  const { t, formatDate } = useOcopTranslation()
  return (
    <div className="flex flex-col whitespace-nowrap">
      <Text size="small" leading="compact">
        <span className="sr-only">{`${t("validity.issued")} `}</span>
        {formatDate(issuedAt)}
      </Text>
      <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
        <span aria-hidden="true">{`${t("validity.until")} `}</span>
        <span className="sr-only">{`${t("validity.validUntil")} `}</span>
        {formatDate(expiresAt)}
      </Text>
    </div>
  )
}
