import type { ShouldRevalidateFunctionArgs } from "react-router"
import staffStyles from "#app/components/staff/staff.css?url"
import sharedStyles from "#app/components/ui/portal.css?url"

/** A portal's stylesheets: the rules every portal shares, then its own (`own`) that add to them. */
export const portalStylesheets = (own: string) =>
  [sharedStyles, own].map((href) => ({ rel: "stylesheet", href, precedence: "default" }) as const)

/** The staff and organiser portals' stylesheets (forms, tables, the receipt's print rules). */
export const portalStyles = () => portalStylesheets(staffStyles)

/** A portal layout's texts do not change while the language stays the same. */
export function portalTextsRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}
