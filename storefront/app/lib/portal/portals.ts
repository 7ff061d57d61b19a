import { defaultLocale, localizePath, switchLocalePath, type Locale } from "../i18n/i18n.ts"
import { safeRedirect } from "../core/safe-redirect.ts"

/**
 * A signed-in portal of the site (producers, staff, fair organisers): its section of the site,
 * its texts' namespace, its own cookie and the prefix of its styles. The portal kit
 * (`lib/portal/*`, `components/portal/*`) is written once against this shape.
 */
export type Portal = {
  /** The translations' namespace, also the portal's name. */
  ns: "producer" | "staff" | "organizer"
  /** The portal's home page, unprefixed ("/producer"); every page of the portal is below it. */
  home: string
  login: string
  /** The portal's own session cookie, apart from the shopper's and the other portals'. */
  cookie: string
  /** The prefix of the portal's auth, form, muted, panel and actions styles. */
  className: "portal" | "staff"
  /**
   * The way in for someone without an account yet, below the portal's home: producers register,
   * staff and organisers claim the account an officer opened. The login page points to it.
   */
  wayIn: "register" | "claim"
  /**
   * What the API's 403 means for this portal: an account still waiting for approval ("home":
   * its home page says so) or a disabled account ("disabled": signed out, the login page says so).
   */
  forbidden: "home" | "disabled"
  /** What the API's 404 to a form's submission means: the page's 404 too (else the form shows it). */
  notFoundInActions: boolean
}

export const producerPortal: Portal = {
  ns: "producer",
  home: "/producer",
  login: "/producer/login",
  cookie: "ocop_producer",
  className: "portal",
  wayIn: "register",
  forbidden: "home",
  notFoundInActions: true,
}

export const staffPortal: Portal = {
  ns: "staff",
  home: "/staff",
  login: "/staff/login",
  cookie: "ocop_staff",
  className: "staff",
  wayIn: "claim",
  forbidden: "disabled",
  notFoundInActions: false,
}

/** Fair organisers (issue #19): their pages share the staff portal's styles. */
export const organizerPortal: Portal = {
  ns: "organizer",
  home: "/organizer",
  login: "/organizer/login",
  cookie: "ocop_organizer",
  className: "staff",
  wayIn: "claim",
  forbidden: "disabled",
  notFoundInActions: false,
}

/** Every portal by its name. */
export const portals: Record<Portal["ns"], Portal> = {
  producer: producerPortal,
  staff: staffPortal,
  organizer: organizerPortal,
}

/**
 * The portal a page belongs to, by its path (with or without the language prefix): the pages
 * every portal has alike (login, claim) are one route module mounted below each portal.
 */
export function portalAt(pathname: string): Portal {
  const path = switchLocalePath(pathname, defaultLocale)
  const portal = Object.values(portals).find(({ home }) => path.startsWith(`${home}/`))
  if (!portal) throw new Error(`Not a portal page: ${pathname}`)
  return portal
}

export function portalHome(portal: Portal, locale: Locale): string {
  return localizePath(portal.home, locale)
}

/** The portal's login page, coming back to `from` afterwards. */
export function portalLoginPath(portal: Portal, locale: Locale, from?: string): string {
  const login = localizePath(portal.login, locale)
  return from ? `${login}?${new URLSearchParams({ redirectTo: from })}` : login
}

/** The portal's way in for someone without an account yet (its register or claim page). */
export function portalWayInPath(portal: Portal, locale: Locale): string {
  return localizePath(`${portal.home}/${portal.wayIn}`, locale)
}

/** Where to go after signing in: a page of this portal only, else its home. */
export function portalRedirect(portal: Portal, target: unknown, locale: Locale): string {
  return safeRedirect(target, portalHome(portal, locale), portal.home)
}
