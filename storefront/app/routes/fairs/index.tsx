import { useTranslation } from "react-i18next"
import type { Route } from "./+types/index"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { FairSection } from "#app/components/fairs/fair-section.tsx"
import { fairSections } from "#app/lib/fairs/catalogue.ts"
import { withDates } from "#app/lib/fairs/format.ts"
import { listFairs } from "#app/lib/fairs/api.server.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { publicUrl } from "#app/lib/core/site.server.ts"

/** Fairs on now, coming up and past. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const i18n = getInstance(context)
  const t = i18n.getFixedT(null, "fairs")
  const { live, upcoming, past } = await listFairs(locale, request.signal)
  const dated = (fairs: typeof live) => fairs.map((fair) => withDates(fair, locale))
  return {
    seo: {
      title: i18n.t("meta.title", { title: t("meta.listTitle") }),
      description: t("meta.listDescription"),
      canonical: publicUrl(request, localizePath("/fairs", locale)),
    },
    fairs: { live: dated(live), upcoming: dated(upcoming), past: dated(past) },
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Fairs({ loaderData: { fairs } }: Route.ComponentProps) {
  const { t } = useTranslation("fairs")
  return (
    <div className="container fairs">
      <h1>{t("list.title")}</h1>
      <p className="hero__lead">{t("list.lead")}</p>
      {fairSections.map((section) => (
        <FairSection key={section} section={section} fairs={fairs[section]} />
      ))}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
