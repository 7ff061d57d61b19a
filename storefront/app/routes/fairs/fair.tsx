import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/fair"
import { FairErrorBoundary } from "#app/components/fairs/fair-error-boundary.tsx"
import { BoothSection, GroupSection } from "#app/components/fairs/booth-catalog.tsx"
import { CatalogViewSwitch } from "#app/components/fairs/catalog-view-switch.tsx"
import { FairFacts } from "#app/components/fairs/fair-facts.tsx"
import { FairStatusBadge } from "#app/components/fairs/fair-status-badge.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { PlaceCard } from "#app/components/ui/place-card.tsx"
import { catalogView, fairProducts, groupByProductGroup } from "#app/lib/fairs/catalogue.ts"
import { withDates } from "#app/lib/fairs/format.ts"
import { fairJsonLd } from "#app/lib/fairs/seo.ts"
import { getFair } from "#app/lib/fairs/api.server.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { publicUrl } from "#app/lib/core/site.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

/** A fair: when and where, its fair ground, and its catalog by booth or by product group. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const i18n = getInstance(context)
  const t = i18n.getFixedT(null, "fairs")
  const fair = withDates(await getFair(params.slug, locale, request.signal), locale)
  const pageUrl = publicUrl(
    request,
    localizePath(`/fairs/${encodeURIComponent(fair.slug)}`, locale),
  )
  return {
    seo: {
      title: i18n.t("meta.title", { title: fair.name }),
      description:
        fair.description ??
        t("meta.fairDescription", {
          name: fair.name,
          dates: fair.dates,
          venue: fair.venue,
          province: fair.province,
        }),
      canonical: pageUrl,
    },
    jsonLd: fairJsonLd(fair, pageUrl),
    view: catalogView(new URL(request.url).searchParams.get("view")),
    fair,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData ? [...seoMeta(loaderData.seo), { "script:ld+json": loaderData.jsonLd }] : []

export default function Fair({ loaderData: { fair, view } }: Route.ComponentProps) {
  const { t } = useTranslation("fairs")
  const localizePath = useLocalizePath()
  const path = localizePath(`/fairs/${encodeURIComponent(fair.slug)}`)
  const productCount = fairProducts(fair.booths).length
  return (
    <div className="container fair">
      <p className="story__kicker">{t("fair.kicker")}</p>
      <h1>{fair.name}</h1>
      <FairStatusBadge status={fair.status} />
      <div className="fair__intro">
        <FairFacts fair={fair} />
        {fair.description ? <p className="fair__description">{fair.description}</p> : null}
      </div>
      <p className="fair__actions">
        <Link className="button" to={`${path}/print`}>
          {t("fair.printLink")}
        </Link>
        <Link to={localizePath("/fairs")}>{t("fair.allFairs")}</Link>
      </p>
      {fair.place ? (
        <section className="section" aria-labelledby="fair-place">
          <h2 id="fair-place">{t("fair.placeTitle")}</h2>
          <PlaceCard place={fair.place} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="fair-catalog">
        <h2 id="fair-catalog">
          {t("fair.catalogTitle")}{" "}
          <span className="fair__count">{t("fair.productCount", { count: productCount })}</span>
        </h2>
        {productCount === 0 ? (
          <EmptyState title={t("fair.catalogEmpty")} />
        ) : (
          <>
            <CatalogViewSwitch path={path} view={view} />
            {view === "groups"
              ? groupByProductGroup(fair.booths).map((entry) => (
                  <GroupSection key={entry.group} entry={entry} />
                ))
              : fair.booths.map((booth) => <BoothSection key={booth.id} booth={booth} />)}
          </>
        )}
      </section>
    </div>
  )
}

export const ErrorBoundary = FairErrorBoundary
