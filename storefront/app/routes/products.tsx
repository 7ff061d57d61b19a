import { useTranslation } from "react-i18next"
import { Form, Link, useLocation } from "react-router"
import type { Route } from "./+types/products"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { FilterSelect, type FilterOption } from "#app/components/ui/filter-select.tsx"
import { Pagination } from "#app/components/ui/pagination.tsx"
import { ProductGrid } from "#app/components/ui/product-card.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { filterFacets, priceBandKeys, type Facet } from "#app/lib/catalogue/facets.ts"
import { listingOrders, listingSearchString, pageCount } from "#app/lib/catalogue/listing.ts"
import {
  parseListingSearch,
  toProductListQuery,
  type ListingSearch,
} from "#app/lib/catalogue/listing-query.ts"
import { groupLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import { PRODUCT_GROUPS, LISTABLE_STARS } from "@ocop/shared"
import { listProducts } from "#app/lib/catalogue/ocop.server.ts"
import { placeProvinces } from "#app/lib/catalogue/place-provinces.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { listingSeo } from "#app/lib/core/seo.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const search = parseListingSearch(new URL(request.url).searchParams)
  const [listing, nearOptions] = await Promise.all([
    listProducts(toProductListQuery(search, locale), request.signal),
    placeProvinces(),
  ])
  return {
    seo: listingSeo(context, request, "listing", "/products"),
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
  /** A facet's options with their counts, plus the selected value when no product has it. */
  const counted = (options: Facet[], selected?: string) =>
    withSelected(options, selected).map((facet) => ({
      value: facet.value,
      label: facet.count
        ? t("listing.facetCount", { label: facet.label, count: facet.count })
        : facet.label,
    }))
  /** Each filter: its URL parameter (and label key), its "any" option, value and options. */
  const filters: [
    name: "group" | "stars" | "province" | "producer" | "price" | "near" | "order",
    anyLabel: string | undefined,
    value: string,
    options: FilterOption[],
  ][] = [
    [
      "group",
      t("listing.anyGroup"),
      search.group ?? "",
      PRODUCT_GROUPS.map((group) => ({ value: group, label: t(groupLabelKey(group)) })),
    ],
    [
      "stars",
      t("listing.anyStars"),
      search.stars ? String(search.stars) : "",
      LISTABLE_STARS.map((stars) => ({
        value: String(stars),
        label: stars === 5 ? t("listing.onlyFiveStars") : t("listing.starsAtLeast", { stars }),
      })),
    ],
    [
      "province",
      t("listing.anyProvince"),
      search.province ?? "",
      counted(facets.provinces, search.province),
    ],
    [
      "producer",
      t("listing.anyProducer"),
      search.producer ?? "",
      counted(facets.producers, search.producer),
    ],
    [
      "price",
      t("listing.anyPrice"),
      search.price ?? "",
      priceBandKeys.map((band) => ({ value: band, label: t(`listing.priceBands.${band}`) })),
    ],
    [
      "near",
      t("listing.anywhere"),
      search.near ?? "",
      counted(
        nearOptions.map((value) => ({ value, label: value, count: 0 })),
        search.near,
      ),
    ],
    [
      "order",
      undefined,
      search.order,
      listingOrders.map((order) => ({ value: order, label: t(`listing.orders.${order}`) })),
    ],
  ]
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
      {filters.map(([name, anyLabel, value, options]) => (
        <FilterSelect
          key={name}
          name={name}
          label={t(`listing.${name}`)}
          anyLabel={anyLabel}
          value={value}
          options={options}
        />
      ))}
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
