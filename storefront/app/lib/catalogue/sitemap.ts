import { defaultLocale, localizePath, locales } from "../i18n/i18n.ts"

/** A page of the site, as its unprefixed (Vietnamese) path. */
export type SitemapPage = { path: string; lastmod?: string }

/**
 * Pages search engines should leave alone: the shopper's own pages and the producer and staff
 * portals. Rules are prefixes, so the producer portal is `/producer/` and `/producer$`, which
 * leave the public `/producers/…` pages indexed.
 */
export const privatePaths = [
  "/cart",
  "/checkout",
  "/account",
  "/login",
  "/register",
  "/orders",
  "/logout",
  "/producer/",
  "/producer$",
  "/staff",
]

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")

/**
 * sitemap.xml with every page in each language, each URL listing its alternates (hreflang
 * vi, en and x-default = Vietnamese), as Google asks for multilingual sites.
 */
export function sitemapXml(origin: string, pages: readonly SitemapPage[]): string {
  const urls = pages.flatMap((page) => {
    const alternates = [
      ...locales.map(
        (locale) =>
          `    <xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(origin + localizePath(page.path, locale))}"/>`,
      ),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(origin + localizePath(page.path, defaultLocale))}"/>`,
    ]
    return locales.map((locale) =>
      [
        "  <url>",
        `    <loc>${escapeXml(origin + localizePath(page.path, locale))}</loc>`,
        ...(page.lastmod ? [`    <lastmod>${escapeXml(page.lastmod)}</lastmod>`] : []),
        ...alternates,
        "  </url>",
      ].join("\n"),
    )
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n")
}

/** robots.txt: everything but the private pages, in both languages, and the sitemap. */
export function robotsTxt(origin: string): string {
  const disallowed = privatePaths.flatMap((path) =>
    locales.map((locale) => localizePath(path, locale)),
  )
  return [
    "User-agent: *",
    "Allow: /",
    ...disallowed.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n")
}

/** The site's public origin: STOREFRONT_URL when set (behind a proxy), else the request's. */
export function siteOrigin(storefrontUrl: string | undefined, requestUrl: string): string {
  return new URL(storefrontUrl ?? requestUrl).origin
}
