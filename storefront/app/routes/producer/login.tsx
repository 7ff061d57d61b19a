import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/login"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { producerSignIn as door } from "#app/lib/producer/auth.server.ts"
import { signInAction, signInLoader } from "#app/lib/portal/sign-in.server.ts"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export function loader(args: Route.LoaderArgs) {
  return signInLoader(door, args)
}

/** Signs a producer user in with the backend's producer login (portal kit). */
export function action(args: Route.ActionArgs) {
  return signInAction(door, args)
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  return (
    <PortalLogin
      ns="producer"
      className="portal"
      redirectTo={loaderData.redirectTo}
      values={actionData?.values}
      errors={actionData?.errors}
      refused={actionData}
      footer={
        <>
          {t("login.registerPrompt")}{" "}
          <Link to={portalPath(portalPaths.register, locale)}>{t("login.registerLink")}</Link>
        </>
      }
    />
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary container="container" />
}
