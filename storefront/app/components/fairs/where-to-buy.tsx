import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { FairWhereToBuy } from "@ocop/shared"
import type { FairProduct } from "#app/lib/fairs/catalogue.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

/**
 * After the fair: for each product of its catalog, the places of the network that hold it now
 * (a few, by province then name), with the places directory for the rest.
 */
export function WhereToBuy({
  items,
  whereToBuy,
}: {
  items: FairProduct[]
  whereToBuy: Record<string, FairWhereToBuy>
}) {
  const { t } = useTranslation("fairs")
  const localizePath = useLocalizePath()
  const placesPath = (province?: string) =>
    localizePath(province ? `/places?province=${encodeURIComponent(province)}` : "/places")
  const products = [...new Map(items.map(({ product }) => [product.id, product])).values()]
  return (
    <section className="section fair-where" aria-labelledby="fair-where">
      <h2 id="fair-where">{t("where.title")}</h2>
      <p>{t("where.lead")}</p>
      {products.map((product) => {
        const entry = whereToBuy[product.id]
        const headingId = `where-${product.id}`
        return (
          <section key={product.id} className="fair-where__product" aria-labelledby={headingId}>
            <h3 id={headingId}>
              <Link to={localizePath(`/products/${encodeURIComponent(product.handle)}`)}>
                {product.title}
              </Link>
            </h3>
            {entry?.places.length ? (
              <ul className="fair-where__places">
                {entry.places.map((place) => (
                  <li key={place.id}>
                    <strong>{place.name}</strong>
                    {` — ${place.address} · `}
                    <Link to={placesPath(place.province)}>
                      {t("where.inProvince", { province: place.province })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="fair-where__none">{t("where.none")}</p>
            )}
            {entry && entry.more > 0 ? (
              <p>
                <Link to={placesPath()}>{t("where.more", { count: entry.more })}</Link>
              </p>
            ) : null}
          </section>
        )
      })}
      <p>
        <Link to={placesPath()}>{t("where.allPlaces")}</Link>
      </p>
    </section>
  )
}
