import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/login"
import { OrganizerErrorBoundary } from "#app/components/organizer/error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { organizerSignIn as door } from "#app/lib/organizer/auth.server.ts"
import { organizerPath, organizerPaths } from "#app/lib/organizer/paths.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { signInAction, signInLoader } from "#app/lib/portal/sign-in.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export function loader(args: Route.LoaderArgs) {
  return signInLoader(door, args)
}

/** Signs an organiser in with the backend's organiser login (portal kit). */
export function action(args: Route.ActionArgs) {
  return signInAction(door, args)
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("organizer")
  const locale = useLocale()
  return (
    <PortalLogin
      ns="organizer"
      className="staff"
      redirectTo={loaderData.redirectTo}
      values={actionData?.values}
      errors={actionData?.errors}
      refused={actionData}
      footer={
        <>
          {t("login.claimPrompt")}{" "}
          <Link to={organizerPath(organizerPaths.claim, locale)}>{t("login.claimLink")}</Link>
        </>
      }
    />
  )
}

export const ErrorBoundary = OrganizerErrorBoundary
