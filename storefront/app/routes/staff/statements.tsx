import { useTranslation } from "react-i18next"
import type { Route } from "./+types/statements"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { StatementTables } from "#app/components/ui/statement-tables.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath } from "#app/lib/staff/paths.ts"
import { listStatements } from "#app/lib/portal/statements.server.ts"
import { statementPeriod } from "#app/lib/portal/statements.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** What this place owes each producer for the consigned goods it sold, for a chosen period. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const period = statementPeriod(new URL(request.url))
  const path = `/staff/places/${encodeURIComponent(params.placeId)}/statements`
  const { statements } = await staffCall(request, locale, () =>
    listStatements(path, token, period, request.signal),
  )
  return { seo: staffSeo(context, staffT(context)("nav.statements")), period, statements }
}

export default function Statements({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation()
  const staff = useTranslation("staff").t
  const locale = useLocale()
  return (
    <>
      <h1>{t("statements.title")}</h1>
      <p>{staff("statementsIntro")}</p>
      <StatementTables
        by="producer"
        variant="staff"
        period={loaderData.period}
        statements={loaderData.statements}
        csvPath={`${placePath(params.placeId, "statements", locale)}.csv`}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
