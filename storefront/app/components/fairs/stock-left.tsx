import { useTranslation } from "react-i18next"

/**
 * Units left on the fair ground while the fair is on; nothing when the product's stock is not
 * counted or the fair is not on.
 */
export function StockLeft({ units }: { units: number | undefined }) {
  const { t } = useTranslation("fairs")
  if (units === undefined) return null
  return (
    <p className="fair-item__stock" data-sold-out={units === 0 || undefined}>
      {units === 0 ? t("stock.soldOut") : t("stock.left", { count: units })}
    </p>
  )
}
