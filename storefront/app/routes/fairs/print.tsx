import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/print"
import { FairErrorBoundary } from "#app/components/fairs/fair-error-boundary.tsx"
import { PrintBooth, type PrintBoothData } from "#app/components/fairs/print-booth.tsx"
import { PrintButton } from "#app/components/fairs/print-button.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { boothsWithProducts } from "#app/lib/fairs/catalogue.ts"
import { withDates } from "#app/lib/fairs/format.ts"
import { getFair } from "#app/lib/fairs/api.server.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { qrCode } from "#app/lib/core/qr.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { publicUrl } from "#app/lib/core/site.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

/**
 * A fair's catalog to print on A4, a booth per page: each product with its stars, producer,
 * booth and a QR code to its page, drawn on the server.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const i18n = getInstance(context)
  const t = i18n.getFixedT(null, "fairs")
  const fair = withDates(await getFair(params.slug, locale, request.signal), locale)
  const booths: PrintBoothData[] = boothsWithProducts(fair.booths).map((booth) => ({
    ...booth,
    products: booth.products.map((product) => {
      const url = publicUrl(
        request,
        localizePath(`/products/${encodeURIComponent(product.handle)}`, locale),
      )
      return { ...product, url, qr: qrCode(url) }
    }),
  }))
  return {
    seo: {
      title: i18n.t("meta.title", { title: t("meta.printTitle", { name: fair.name }) }),
      description: t("meta.fairDescription", {
        name: fair.name,
        dates: fair.dates,
        venue: fair.venue,
        province: fair.province,
      }),
      noindex: true,
    },
    fair: {
      slug: fair.slug,
      name: fair.name,
      venue: fair.venue,
      province: fair.province,
      dates: fair.dates,
    },
    booths,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function FairPrint({ loaderData: { fair, booths } }: Route.ComponentProps) {
  const { t } = useTranslation("fairs")
  const localizePath = useLocalizePath()
  return (
    <div className="container fair-print">
      <header className="fair-print__header">
        <p className="story__kicker">{t("print.title")}</p>
        <h1>{fair.name}</h1>
        <p>
          {fair.dates} · {fair.venue}, {fair.province}
        </p>
        <p className="fair-print__hint">{t("print.hint")}</p>
        <p className="fair-print__actions">
          <PrintButton />
          <Link to={localizePath(`/fairs/${encodeURIComponent(fair.slug)}`)}>
            {t("print.backToFair")}
          </Link>
        </p>
      </header>
      {booths.length === 0 ? (
        <EmptyState title={t("print.empty")} />
      ) : (
        booths.map((booth) => <PrintBooth key={booth.id} booth={booth} />)
      )}
    </div>
  )
}

export const ErrorBoundary = FairErrorBoundary
