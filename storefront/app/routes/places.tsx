import { useTranslation } from "react-i18next"
import { Form, Link, useLocation } from "react-router"
import { z } from "zod"
import type { Route } from "./+types/places"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { FilterSelect } from "#app/components/ui/filter-select.tsx"
import { Pagination } from "#app/components/ui/pagination.tsx"
import { PlaceCard } from "#app/components/ui/place-card.tsx"
import { DIRECTORY_PLACE_TYPES } from "@ocop/shared"
import { listPlaces } from "#app/lib/catalogue/ocop.server.ts"
import { placeProvinces } from "#app/lib/catalogue/place-provinces.server.ts"
import { groupByProvince, placeTypeLabelKey } from "#app/lib/catalogue/places.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { listingSeo } from "#app/lib/core/seo.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

const perPage = 50

const blank = (value: unknown) => (value === "" || value === null ? undefined : value)

const PlacesSearchSchema = z.object({
  province: z.preprocess(blank, z.string().trim().max(80).optional()).catch(undefined),
  type: z.preprocess(blank, z.enum(DIRECTORY_PLACE_TYPES).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(100).catch(1),
})

/** The directory of OCOP centres, sales points and showrooms, by province and type. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const search = PlacesSearchSchema.parse({
    province: params.get("province"),
    type: params.get("type"),
    page: params.get("page") ?? undefined,
  })
  const [{ places, count }, provinces] = await Promise.all([
    listPlaces(
      {
        province: search.province,
        type: search.type,
        limit: perPage,
        offset: (search.page - 1) * perPage,
      },
      request.signal,
    ),
    placeProvinces(),
  ])
  return {
    seo: listingSeo(context, request, "places", "/places"),
    search,
    places,
    count,
    provinces,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Places({ loaderData }: Route.ComponentProps) {
  const { search, places, count, provinces } = loaderData
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const location = useLocation()
  const path = localizePath("/places")
  const hrefFor = (page: number) => {
    const params = new URLSearchParams()
    if (search.province) params.set("province", search.province)
    if (search.type) params.set("type", search.type)
    if (page > 1) params.set("page", String(page))
    const query = params.toString()
    return query ? `${path}?${query}` : path
  }
  return (
    <div className="container places">
      <h1>{t("places.title")}</h1>
      <p className="hero__lead">{t("places.lead")}</p>
      <Form
        key={location.search}
        method="get"
        action={path}
        role="search"
        aria-label={t("places.filterLabel")}
        className="filters filters--compact"
      >
        <FilterSelect
          id="places-province"
          name="province"
          label={t("places.province")}
          anyLabel={t("listing.anyProvince")}
          value={search.province ?? ""}
          options={provinces.map((province) => ({ value: province, label: province }))}
        />
        <FilterSelect
          id="places-type"
          name="type"
          label={t("places.typeLabel")}
          anyLabel={t("places.anyType")}
          value={search.type ?? ""}
          options={DIRECTORY_PLACE_TYPES.map((type) => ({
            value: type,
            label: t(placeTypeLabelKey(type)),
          }))}
        />
        <p className="filters__actions">
          <button type="submit" className="button">
            {t("places.submit")}
          </button>
          <Link to={path}>{t("listing.reset")}</Link>
        </p>
      </Form>
      <section aria-labelledby="places-results">
        <h2 id="places-results" className="listing__count">
          {t("places.count", { count })}
        </h2>
        {places.length === 0 ? (
          <EmptyState title={t("places.emptyTitle")} description={t("places.emptyDescription")} />
        ) : (
          groupByProvince(places).map((group) => (
            <section key={group.province} className="places__province" aria-label={group.province}>
              <h3>{group.province}</h3>
              <ul className="place-list">
                {group.places.map((place) => (
                  <li key={place.id}>
                    <PlaceCard place={place} headingLevel={4} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
        <Pagination
          page={search.page}
          pageCount={Math.max(1, Math.ceil(count / perPage))}
          hrefFor={hrefFor}
        />
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
