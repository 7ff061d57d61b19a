import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/home"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { ProductGrid } from "#app/components/ui/product-card.tsx"
import { filterFacets, type Facet } from "#app/lib/catalogue/facets.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { groupLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import { PRODUCT_GROUPS, type ProductSummary } from "@ocop/shared"
import { listProducts } from "#app/lib/catalogue/ocop.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

const sectionSize = 8
const provincesShown = 12

/** The home page stays up when the backend is down: each list that failed says so. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  // The newest products are the unfiltered query, whose facets count the whole catalogue.
  const [featured, newest] = await Promise.allSettled([
    listProducts({ stars: 5, limit: sectionSize, locale }, request.signal),
    listProducts({ order: "newest", limit: sectionSize, locale }, request.signal),
  ])
  return {
    seo: {
      title: t("meta.title", { title: t("home.title") }),
      description: t("home.description"),
    },
    featured: featured.status === "fulfilled" ? featured.value.products : null,
    newest: newest.status === "fulfilled" ? newest.value.products : null,
    provinces:
      newest.status === "fulfilled"
        ? filterFacets(newest.value.facets).provinces.slice(0, provincesShown)
        : null,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t("home.heroTitle")}</h1>
          <p className="hero__lead">{t("home.heroLead")}</p>
          <Link className="button" to={localizePath("/products")}>
            {t("home.heroCta")}
          </Link>
        </div>
      </section>

      <ProductSection
        id="featured"
        products={loaderData.featured}
        moreHref={localizePath("/products?stars=5")}
        aboveTheFold
      />

      <section className="section container" aria-labelledby="groups">
        <h2 id="groups">{t("home.groupsTitle")}</h2>
        <ul className="group-list">
          {PRODUCT_GROUPS.map((group) => (
            <li key={group}>
              <Link
                className={`group-link group-link--${group}`}
                to={localizePath(`/products?group=${group}`)}
              >
                {t(groupLabelKey(group))}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <ProvinceSection provinces={loaderData.provinces} />

      <ProductSection
        id="newest"
        products={loaderData.newest}
        moreHref={localizePath("/products?order=newest")}
      />
    </>
  )
}

function ProvinceSection({ provinces }: { provinces: Facet[] | null }) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  return (
    <section className="section container" aria-labelledby="provinces">
      <h2 id="provinces">{t("home.provincesTitle")}</h2>
      {provinces === null ? (
        <EmptyState title={t("home.sectionUnavailable")} />
      ) : provinces.length === 0 ? (
        <EmptyState title={t("home.provincesEmpty")} />
      ) : (
        <>
          <ul className="province-list">
            {provinces.map((province) => (
              <li key={province.value}>
                <Link
                  className="province-link"
                  to={localizePath(`/products?province=${encodeURIComponent(province.value)}`)}
                >
                  <span>{province.label}</span>
                  <span className="province-link__count">
                    {t("home.provinceCount", { count: province.count })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="section__more">
            <Link to={localizePath("/places")}>{t("home.placesLink")}</Link>
          </p>
        </>
      )}
    </section>
  )
}

/** A row of products on the home page; its id names its texts (`home.<id>Title`, …Empty, …All). */
function ProductSection({
  id,
  products,
  moreHref,
  aboveTheFold = false,
}: {
  id: "featured" | "newest"
  products: ProductSummary[] | null
  moreHref: string
  aboveTheFold?: boolean
}) {
  const { t } = useTranslation()
  return (
    <section className="section container" aria-labelledby={id}>
      <h2 id={id}>{t(`home.${id}Title`)}</h2>
      {products === null ? (
        <EmptyState title={t("home.sectionUnavailable")} />
      ) : products.length === 0 ? (
        <EmptyState title={t(`home.${id}Empty`)} />
      ) : (
        <>
          <ProductGrid products={products} aboveTheFold={aboveTheFold} />
          <p className="section__more">
            <Link to={moreHref}>{t(`home.${id}All`)}</Link>
          </p>
        </>
      )}
    </section>
  )
}
