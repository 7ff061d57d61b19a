import { useTranslation } from "react-i18next"
import { QrCodeImage } from "#app/components/ui/qr-code-image.tsx"
import { StarBadge } from "#app/components/ui/star-badge.tsx"
import type { QrCode } from "#app/lib/core/qr.server.ts"
import type { FairBooth, ProductSummary } from "@ocop/shared"

export type PrintBoothData = Omit<FairBooth, "products"> & {
  products: (ProductSummary & { url: string; qr: QrCode })[]
}

/** One booth of the printed catalog, on a page of its own: a row and a QR code per product. */
export function PrintBooth({ booth }: { booth: PrintBoothData }) {
  const { t } = useTranslation("fairs")
  const headingId = `print-booth-${booth.id}`
  const producer = booth.producer?.name ?? t("fair.producerUnknown")
  return (
    <section className="print-booth" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t("fair.booth", { number: booth.number })} · {producer}
      </h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t("print.product")}</th>
            <th scope="col">{t("print.stars")}</th>
            <th scope="col">{t("print.producer")}</th>
            <th scope="col">{t("print.booth")}</th>
            <th scope="col">{t("print.qr")}</th>
          </tr>
        </thead>
        <tbody>
          {booth.products.map((product) => (
            <tr key={product.id}>
              <th scope="row">
                {product.title}
                <span className="print-table__url">{product.url}</span>
              </th>
              <td>
                <StarBadge stars={product.stars} />
              </td>
              <td>{product.producer.name}</td>
              <td>{booth.number}</td>
              <td className="print-table__qr">
                <QrCodeImage
                  qr={product.qr}
                  label={t("print.qrLabel", { product: product.title })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
