import { useTranslation } from "react-i18next"
import type { ProducerUser } from "#app/lib/producer/types.ts"
import { Facts } from "#app/components/ui/facts.tsx"

/**
 * What a producer user sees until a programme officer approves the account and attaches it to
 * its producer — or after the account was disabled.
 */
export function PendingApproval({
  user,
}: {
  user: Pick<
    ProducerUser,
    "status" | "email" | "requested_producer_name" | "requested_registration_number"
  >
}) {
  const { t } = useTranslation("producer")
  const disabled = user.status === "disabled"
  return (
    <section className="portal-panel portal-panel--waiting" aria-labelledby="approval-title">
      <h1 id="approval-title">
        {disabled ? t("approval.disabledTitle") : t("approval.pendingTitle")}
      </h1>
      <p>{disabled ? t("approval.disabledText") : t("approval.pendingText")}</p>
      {disabled ? null : (
        <Facts
          facts={[
            [t("approval.email"), user.email],
            [t("approval.producerName"), user.requested_producer_name],
            [t("approval.registrationNumber"), user.requested_registration_number],
          ]}
        />
      )}
      <p className="portal-muted">{t("approval.next")}</p>
    </section>
  )
}
