import { useTranslation } from "react-i18next"
import { Form, Link, useLocation } from "react-router"
import type { Route } from "./+types/products"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { Pagination } from "#app/components/ui/pagination.tsx"
import { ProductGrid } from "#app/components/ui/product-card.tsx"
import { getInstance, getLocale } from "#app/lib/i18n.server.ts"
import { cached } from "#app/lib/concurrency.ts"
import { filterFacets, priceBandKeys, type Facet } from "#app/lib/facets.ts"
import { localizePath } from "#app/lib/i18n.ts"
import { listingOrders, listingSearchString, pageCount } from "#app/lib/listing.ts"
import {
  parseListingSearch,
  toProductListQuery,
  type ListingSearch,
} from "#app/lib/listing-query.ts"
import { groupLabelKey } from "#app/lib/ocop-labels.ts"
import { PRODUCT_GROUPS, LISTABLE_STARS } from "@ocop/shared"
import { listPlaces, listProducts } from "#app/lib/ocop.server.ts"
import { provinceOptions } from "#app/lib/provinces.ts"
import { seoMeta } from "#app/lib/seo.ts"
import { useLocalizePath } from "#app/lib/use-locale.ts"
import { publicUrl } from "#app/lib/site.server.ts"

/** Provinces that have OCOP places, for "in stock at a centre near me" (5 minutes). */
const placeProvinces = cached(5 * 60_000, async () => {
  const { places } = await listPlaces({ limit: 500 })
  return provinceOptions(places.map((place) => place.province))
})

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const search = parseListingSearch(new URL(request.url).searchParams)
  const [listing, nearOptions] = await Promise.all([
    listProducts(toProductListQuery(search, locale), request.signal),
    placeProvinces().catch(() => provinceOptions([])),
  ])
  return {
    seo: {
      title: t("meta.title", { title: t("listing.title") }),
      description: t("listing.description"),
      canonical: publicUrl(request, localizePath("/products", locale)),
    },
    search,
    products: listing.products,
    count: listing.count,
    // The backend counts the same query (each facet ignoring its own filter) and offers the
    // producers with most products, plus the selected one.
    facets: filterFacets(listing.facets),
    nearOptions,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Products({ loaderData }: Route.ComponentProps) {
  const { search, products, count, facets, nearOptions } = loaderData
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const location = useLocation()
  const listingPath = localizePath("/products")

  return (
    <div className="container listing">
      <h1>{t("listing.title")}</h1>
      <ListingFilters
        key={location.search}
        search={search}
        action={listingPath}
        facets={facets}
        nearOptions={nearOptions}
      />
      <section aria-labelledby="results">
        <h2 id="results" className="listing__count">
          {t("listing.count", { count })}
        </h2>
        {products.length === 0 ? (
          <EmptyState
            title={t("listing.emptyTitle")}
            description={t("listing.emptyDescription")}
            action={<Link to={listingPath}>{t("listing.reset")}</Link>}
          />
        ) : (
          <ProductGrid products={products} />
        )}
        <Pagination
          page={search.page}
          pageCount={pageCount(count)}
          hrefFor={(page) => listingPath + listingSearchString(search, page)}
        />
      </section>
    </div>
  )
}

/** A GET form: the filters are the URL, so they work without JavaScript and can be shared. */
function ListingFilters({
  search,
  action,
  facets,
  nearOptions,
}: {
  search: ListingSearch
  action: string
  facets: { provinces: Facet[]; producers: Facet[] }
  nearOptions: string[]
}) {
  const { t } = useTranslation()
  const provinces = withSelected(facets.provinces, search.province)
  const producers = withSelected(facets.producers, search.producer)
  return (
    <Form
      method="get"
      action={action}
      role="search"
      aria-label={t("listing.searchLabel")}
      className="filters"
    >
      <p className="field field--wide">
        <label htmlFor="filter-q">{t("listing.q")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={search.q} maxLength={100} />
      </p>
      <p className="field">
        <label htmlFor="filter-group">{t("listing.group")}</label>
        <select id="filter-group" name="group" defaultValue={search.group ?? ""}>
          <option value="">{t("listing.anyGroup")}</option>
          {PRODUCT_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(groupLabelKey(group))}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="filter-stars">{t("listing.stars")}</label>
        <select id="filter-stars" name="stars" defaultValue={search.stars ?? ""}>
          <option value="">{t("listing.anyStars")}</option>
          {LISTABLE_STARS.map((stars) => (
            <option key={stars} value={stars}>
              {stars === 5 ? t("listing.onlyFiveStars") : t("listing.starsAtLeast", { stars })}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="filter-province">{t("listing.province")}</label>
        <select id="filter-province" name="province" defaultValue={search.province ?? ""}>
          <option value="">{t("listing.anyProvince")}</option>
          {provinces.map((facet) => (
            <option key={facet.value} value={facet.value}>
              {facet.count
                ? t("listing.facetCount", { label: facet.label, count: facet.count })
                : facet.label}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="filter-producer">{t("listing.producer")}</label>
        <select id="filter-producer" name="producer" defaultValue={search.producer ?? ""}>
          <option value="">{t("listing.anyProducer")}</option>
          {producers.map((facet) => (
            <option key={facet.value} value={facet.value}>
              {facet.count
                ? t("listing.facetCount", { label: facet.label, count: facet.count })
                : facet.label}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="filter-price">{t("listing.price")}</label>
        <select id="filter-price" name="price" defaultValue={search.price ?? ""}>
          <option value="">{t("listing.anyPrice")}</option>
          {priceBandKeys.map((band) => (
            <option key={band} value={band}>
              {t(`listing.priceBands.${band}`)}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="filter-near">{t("listing.near")}</label>
        <select id="filter-near" name="near" defaultValue={search.near ?? ""}>
          <option value="">{t("listing.anywhere")}</option>
          {withSelected(
            nearOptions.map((value) => ({ value, label: value, count: 0 })),
            search.near,
          ).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="filter-order">{t("listing.order")}</label>
        <select id="filter-order" name="order" defaultValue={search.order}>
          {listingOrders.map((order) => (
            <option key={order} value={order}>
              {t(`listing.orders.${order}`)}
            </option>
          ))}
        </select>
      </p>
      <p className="filters__actions">
        <button type="submit" className="button">
          {t("listing.submit")}
        </button>
        <Link to={action}>{t("listing.reset")}</Link>
      </p>
    </Form>
  )
}

/** The facet's options, plus the selected value when no listed product has it (any more). */
function withSelected(
  options: { value: string; label: string; count: number }[],
  selected?: string,
) {
  if (!selected || options.some((option) => option.value === selected)) return options
  return [{ value: selected, label: selected, count: 0 }, ...options]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
