import { useTranslation } from "react-i18next"
import { QrCodeImage } from "./qr-code-image.tsx"
import type { OrderPartView } from "#app/lib/checkout/order-progress.server.ts"

/**
 * Where the order stands at each place serving it; for a pickup, the centre (address, hours,
 * phone) and the pickup code, as text and as a QR code to show at the counter.
 */
export function OrderProgress({ parts }: { parts: OrderPartView[] }) {
  const { t } = useTranslation()
  if (!parts.length) return null
  return (
    <section className="form-section review" aria-labelledby="progress-title">
      <h2 id="progress-title">{t("progress.title")}</h2>
      {parts.map((part) => (
        <div key={part.id} className="order-part">
          <p>
            <span className="tag">{t(`progress.status.${part.status}`)}</span>
            {part.place
              ? ` · ${t(`progress.from.${part.kind}`, { place: part.place.name })}`
              : null}
          </p>
          {part.kind === "pickup" && part.place ? (
            <dl className="facts">
              <dt>{t("progress.address")}</dt>
              <dd>
                {[part.place.address, part.place.commune, part.place.province]
                  .filter(Boolean)
                  .join(", ")}
              </dd>
              {part.place.opening_hours ? (
                <>
                  <dt>{t("progress.hours")}</dt>
                  <dd>{part.place.opening_hours}</dd>
                </>
              ) : null}
              {part.place.phone ? (
                <>
                  <dt>{t("progress.phone")}</dt>
                  <dd>{part.place.phone}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
          {part.pickup_code && part.status !== "handed_over" ? (
            <div className="pickup-code">
              <p>
                {t("progress.pickupCode")}{" "}
                <strong className="pickup-code__text">{part.pickup_code}</strong>
              </p>
              {part.pickup_qr ? (
                <QrCodeImage qr={part.pickup_qr} label={t("progress.pickupQr")} />
              ) : null}
              <p className="hint">{t("progress.pickupHint")}</p>
            </div>
          ) : null}
          {part.carrier ? (
            <p>
              {t("progress.shipped", { carrier: part.carrier, tracking: part.tracking_number })}
            </p>
          ) : null}
          {part.status === "cancelled" && part.cancel_reason ? (
            <p>
              {part.cancel_reason === "order_cancelled"
                ? t("progress.orderCancelled")
                : part.cancel_reason === "transfer_lapsed"
                  ? t("progress.transferLapsed")
                  : t("progress.reason", { reason: part.cancel_reason })}
            </p>
          ) : null}
        </div>
      ))}
    </section>
  )
}
