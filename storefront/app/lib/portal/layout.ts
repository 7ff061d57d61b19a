import type { ShouldRevalidateFunctionArgs } from "react-router"
import staffStyles from "#app/components/staff/staff.css?url"

/** The signed-in portals' stylesheet (forms, tables, the receipt's print rules). */
export const portalStyles = () => [
  { rel: "stylesheet", href: staffStyles, precedence: "default" } as const,
]

/** A portal layout's texts do not change while the language stays the same. */
export function portalTextsRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}
