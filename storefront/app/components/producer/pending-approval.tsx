import { useTranslation } from "react-i18next"
import type { ProducerUser } from "#app/lib/producer/types.ts"

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
        <dl className="facts">
          <dt>{t("approval.email")}</dt>
          <dd>{user.email}</dd>
          {user.requested_producer_name ? (
            <>
              <dt>{t("approval.producerName")}</dt>
              <dd>{user.requested_producer_name}</dd>
            </>
          ) : null}
          {user.requested_registration_number ? (
            <>
              <dt>{t("approval.registrationNumber")}</dt>
              <dd>{user.requested_registration_number}</dd>
            </>
          ) : null}
        </dl>
      )}
      <p className="portal-muted">{t("approval.next")}</p>
    </section>
  )
}
