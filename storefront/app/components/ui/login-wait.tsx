import { useTranslation } from "react-i18next"
import { loginWait } from "#app/lib/account/login-wait.ts"

/** "Too many failed sign-ins. Try again in …", for every login form. */
export function LoginWait({ seconds }: { seconds: number }) {
  const { t } = useTranslation()
  const { unit, count } = loginWait(seconds)
  return <>{t(`loginWait.${unit}`, { count })}</>
}
