import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/login"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { producerPortal } from "#app/lib/portal/portals.ts"
import {
  noAccountOn,
  signInAction,
  signInLoader,
  type SignInDoor,
} from "#app/lib/portal/sign-in.server.ts"
import { getMe, logIn } from "#app/lib/producer-api.server.ts"
import { fieldErrors, keptValues, LoginForm } from "#app/lib/producer-forms.ts"
import { portalPath, portalPaths } from "#app/lib/producer-paths.ts"
import { producerSession } from "#app/lib/producer-session.server.ts"
import { useLocale } from "#app/lib/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

const door: SignInDoor = {
  portal: producerPortal,
  session: producerSession,
  form: { schema: LoginForm, fieldErrors, keptValues },
  logIn,
  // A login whose registration stopped before "create the account" has a token but no account.
  account: async (token, signal) =>
    (await noAccountOn(() => getMe(token, signal))) === "noAccount" ? "noAccount" : undefined,
}

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
  return (
    <div className="container">
      <PortalErrorBoundary />
    </div>
  )
}
