import { describe, expect, test } from "vitest"
import { robotsTxt, siteOrigin, sitemapXml } from "./sitemap.ts"

describe("sitemap.xml", () => {
  const xml = sitemapXml("https://ocop.vn", [
    { path: "/" },
    { path: "/products/que-tra-my-thanh", lastmod: "2026-05-24" },
  ])

  test("lists every page in Vietnamese (no prefix) and English (/en)", () => {
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1])
    expect(locs).toEqual([
      "https://ocop.vn/",
      "https://ocop.vn/en",
      "https://ocop.vn/products/que-tra-my-thanh",
      "https://ocop.vn/en/products/que-tra-my-thanh",
    ])
  })

  test("gives each URL its hreflang alternates, Vietnamese being the default", () => {
    const english = xml.split("<url>")[4] ?? ""
    expect(english).toContain(
      '<xhtml:link rel="alternate" hreflang="vi" href="https://ocop.vn/products/que-tra-my-thanh"/>',
    )
    expect(english).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://ocop.vn/en/products/que-tra-my-thanh"/>',
    )
    expect(english).toContain(
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://ocop.vn/products/que-tra-my-thanh"/>',
    )
    expect(english).toContain("<lastmod>2026-05-24</lastmod>")
  })

  test("is well-formed: the namespaces are declared and text is escaped", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(sitemapXml("https://ocop.vn", [{ path: "/products?q=a&b" }])).toContain(
      "https://ocop.vn/products?q=a&amp;b",
    )
  })
})

test("robots.txt keeps carts, checkout and accounts out, in both languages, and names the sitemap", () => {
  const robots = robotsTxt("https://ocop.vn")
  expect(robots).toContain("Disallow: /checkout")
  expect(robots).toContain("Disallow: /en/checkout")
  expect(robots).toContain("Disallow: /account")
  expect(robots).not.toContain("Disallow: /products")
  expect(robots).toContain("Disallow: /en/staff")
  expect(robots).toContain("Disallow: /producer/")
  // A rule is a prefix, or an exact path when it ends with "$".
  const rules = robots
    .split("\n")
    .filter((line) => line.startsWith("Disallow: "))
    .map((line) => line.slice("Disallow: ".length))
  const blocks = (path: string) =>
    rules.some((rule) => (rule.endsWith("$") ? path === rule.slice(0, -1) : path.startsWith(rule)))
  expect(blocks("/producers/htx-que-tra-my")).toBe(false)
  expect(blocks("/en/producers/htx-que-tra-my")).toBe(false)
  expect(blocks("/producer/products")).toBe(true)
  expect(blocks("/producer")).toBe(true)
  expect(robots).toContain("Sitemap: https://ocop.vn/sitemap.xml")
})

test("the public origin is STOREFRONT_URL when set, else the request's", () => {
  expect(siteOrigin("https://ocop.vn", "http://storefront:8000/sitemap.xml")).toBe(
    "https://ocop.vn",
  )
  expect(siteOrigin(undefined, "http://localhost:8000/sitemap.xml")).toBe("http://localhost:8000")
})
