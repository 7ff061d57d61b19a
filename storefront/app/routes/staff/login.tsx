import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/login"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { staffSignIn as door } from "#app/lib/staff/auth.server.ts"
import { signInAction, signInLoader } from "#app/lib/portal/sign-in.server.ts"
import { staffPath, staffPaths } from "#app/lib/staff/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The sign-in page; `?disabled` says the account was disabled (the portal signed it out). */
export async function loader(args: Route.LoaderArgs) {
  const page = await signInLoader(door, args)
  return { ...page, disabled: new URL(args.request.url).searchParams.has("disabled") }
}

/** Signs a staff member in with the backend's staff login (portal kit). */
export function action(args: Route.ActionArgs) {
  return signInAction(door, args)
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <PortalLogin
      ns="staff"
      className="staff"
      redirectTo={loaderData.redirectTo}
      values={actionData?.values}
      errors={actionData?.errors}
      refused={actionData}
      notice={loaderData.disabled ? t("login.disabled") : undefined}
      footer={
        <>
          {t("login.claimPrompt")}{" "}
          <Link to={staffPath(staffPaths.claim, locale)}>{t("login.claimLink")}</Link>
        </>
      }
    />
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary container="container" />
}
