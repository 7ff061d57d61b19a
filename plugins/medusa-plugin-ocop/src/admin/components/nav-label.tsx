import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { OCOP_NS } from "../i18n/namespace"

/** A page name under `nav.*`, in the officer's language. */
export const NavLabel = ({ id }: { id: string }) => {
  const { t } = useOcopTranslation()
  return <>{t(id)}</>
}

/** A route's `handle`: the translated breadcrumb, and the label the dashboard's tab title uses. */
export const navHandle = (id: string) => ({
  label: id,
  translationNs: OCOP_NS,
  breadcrumb: () => <NavLabel id={id} />,
})
