import { useTranslation } from "react-i18next"
import { Form, Link, useLocation } from "react-router"
import type { Route } from "./+types/products"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { Pagination } from "#app/components/ui/pagination.tsx"
import { ProductGrid } from "#app/components/ui/product-card.tsx"
import { getInstance, getLocale } from "#app/lib/i18n.server.ts"
import { listingOrders, listingSearchString, pageCount } from "#app/lib/listing.ts"
import {
  parseListingSearch,
  toProductListQuery,
  type ListingSearch,
} from "#app/lib/listing-query.ts"
import { groupLabelKey } from "#app/lib/ocop-labels.ts"
import { productGroups, starLevels } from "#app/lib/ocop-types.ts"
import { listProducts } from "#app/lib/ocop.server.ts"
import { seoMeta } from "#app/lib/seo.ts"
import { useLocalizePath } from "#app/lib/use-locale.ts"

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const search = parseListingSearch(new URL(request.url).searchParams)
  const { products, count } = await listProducts(toProductListQuery(search, locale), request.signal)
  return {
    seo: {
      title: t("meta.title", { title: t("listing.title") }),
      description: t("listing.description"),
    },
    search,
    products,
    count,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Products({ loaderData }: Route.ComponentProps) {
  const { search, products, count } = loaderData
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const location = useLocation()
  const listingPath = localizePath("/products")

  return (
    <div className="container listing">
      <h1>{t("listing.title")}</h1>
      <ListingFilters key={location.search} search={search} action={listingPath} />
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
function ListingFilters({ search, action }: { search: ListingSearch; action: string }) {
  const { t } = useTranslation()
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
          {productGroups.map((group) => (
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
          {starLevels.map((stars) => (
            <option key={stars} value={stars}>
              {stars === 5 ? t("listing.onlyFiveStars") : t("listing.starsAtLeast", { stars })}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="filter-province">{t("listing.province")}</label>
        <input
          id="filter-province"
          name="province"
          defaultValue={search.province}
          maxLength={80}
          autoComplete="address-level1"
        />
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
      {search.producer ? (
        <p className="field field--wide filters__producer">
          <input type="hidden" name="producer" value={search.producer} />
          {t("listing.producerFilter")}{" "}
          <Link to={action + listingSearchString({ ...search, producer: undefined }, 1)}>
            {t("listing.clearProducer")}
          </Link>
        </p>
      ) : null}
      <p className="filters__actions">
        <button type="submit" className="button">
          {t("listing.submit")}
        </button>
        <Link to={action}>{t("listing.reset")}</Link>
      </p>
    </Form>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
