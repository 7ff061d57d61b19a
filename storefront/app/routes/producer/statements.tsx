import { useTranslation } from "react-i18next"
import type { Route } from "./+types/statements"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { StatementTables } from "#app/components/ui/statement-tables.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalCall, producerToken } from "#app/lib/producer/auth.server.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { listStatements } from "#app/lib/portal/statements.server.ts"
import { statementPeriod } from "#app/lib/portal/statements.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** What each place owes the producer for consigned goods it sold, for a chosen period. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = producerToken(context)
  const period = statementPeriod(new URL(request.url))
  const { statements } = await portalCall(request, locale, () =>
    listStatements("/producer/statements", token, period, request.signal),
  )
  return { seo: portalSeo(context, producerT(context)("nav.statements")), period, statements }
}

export default function Statements({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const producer = useTranslation("producer").t
  const locale = useLocale()
  return (
    <>
      <h1>{t("statements.title")}</h1>
      <p className="portal-muted">{producer("statementsIntro")}</p>
      <StatementTables
        by="place"
        variant="portal"
        period={loaderData.period}
        statements={loaderData.statements}
        csvPath={portalPath(portalPaths.statementsCsv, locale)}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
