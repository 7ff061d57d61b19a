import { Text } from "@medusajs/ui"
import { formatDate } from "../lib/dates"

type ValidityDatesProps = { issuedAt: string; expiresAt: string }

/** Issue and expiry dates stacked, to fit a narrow table column. */
export const ValidityDates = ({ issuedAt, expiresAt }: ValidityDatesProps) => (
  <div className="flex flex-col whitespace-nowrap">
    <Text size="small" leading="compact">
      <span className="sr-only">Issued </span>
      {formatDate(issuedAt)}
    </Text>
    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
      <span aria-hidden="true">until </span>
      <span className="sr-only">valid until </span>
      {formatDate(expiresAt)}
    </Text>
  </div>
)
