// Rule: every response of the backend (API, admin dashboard, uploaded files) and of the
// storefront carries the browser's defences: no sniffing of content types, no framing by other
// sites, a referrer cut to the origin across sites, and a Content Security Policy; HSTS only
// when the site is served over https (never on plain http, where browsers ignore it anyway).
import { describe, expect, it } from "vitest"
import { backendUrl, storefrontUrl } from "../../support/env"
import { storeFetch } from "../../support/store-api"
import { sql } from "../../support/db"

function expectDefences(res: Response, where: string) {
  const headers = res.headers
  expect(headers.get("x-content-type-options"), where).toBe("nosniff")
  expect(headers.get("referrer-policy"), where).toBe("strict-origin-when-cross-origin")
  expect(headers.get("x-frame-options"), where).toBe("DENY")
  expect(headers.get("content-security-policy"), where).toMatch(/frame-ancestors 'none'/)
  expect(headers.get("strict-transport-security"), `${where} over http`).toBeNull()
}

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))

describe("security headers", () => {
  it("are on the backend's API responses, errors included", async () => {
    expectDefences(await storeFetch("/store/regions"), "GET /store/regions")
    expectDefences(await fetch(new URL("/admin/products", backendUrl())), "401 /admin/products")
    expectDefences(await fetch(new URL("/health", backendUrl())), "GET /health")
  })

  it("are on the admin dashboard, with a policy that lets its own scripts run", async () => {
    const res = await fetch(new URL("/app/login", backendUrl()))
    expect(res.status).toBe(200)
    expectDefences(res, "GET /app/login")
    const csp = res.headers.get("content-security-policy")!
    expect(directive(csp, "script-src")).toBe("script-src 'self'")
    expect(directive(csp, "object-src")).toBe("object-src 'none'")
  })

  it("are on uploaded files the backend serves, at /uploads and at the older /static", async () => {
    const [image] = await sql<{ url: string }>(
      `select url from image where url like '%/uploads/%' and deleted_at is null limit 1`,
    )
    expect(image, "the seed uploads product images").toBeDefined()
    const pathname = new URL(image!.url).pathname
    const res = await fetch(new URL(pathname, backendUrl()))
    expect(res.status).toBe(200)
    expectDefences(res, "GET /uploads/…")
    const older = await fetch(new URL(pathname.replace(/^\/uploads\//, "/static/"), backendUrl()))
    expect(older.status).toBe(200)
    expectDefences(older, "GET /static/…")
  })

  it("are on storefront pages, with a script nonce that matches the page's scripts", async () => {
    const res = await fetch(new URL("/", storefrontUrl()))
    expect(res.status).toBe(200)
    expectDefences(res, "GET / (storefront)")
    expect(res.headers.get("x-powered-by")).toBeNull()
    const csp = res.headers.get("content-security-policy")!
    const nonce = directive(csp, "script-src")?.match(/'nonce-([^']+)'/)?.[1]
    expect(nonce, "script-src carries a nonce").toBeTruthy()
    const html = await res.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !tag.includes("application/ld+json"))
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    const next = await fetch(new URL("/", storefrontUrl()))
    const nextNonce = directive(next.headers.get("content-security-policy")!, "script-src")
    expect(nextNonce, "a new nonce for every response").not.toContain(nonce)
  })

  it("allow Stripe in the storefront's policy only when Stripe is configured", async () => {
    const csp = (await fetch(new URL("/", storefrontUrl()))).headers.get("content-security-policy")!
    const stripeOn = Boolean(process.env.STRIPE_PUBLISHABLE_KEY)
    expect(csp.includes("js.stripe.com")).toBe(stripeOn)
    expect(directive(csp, "img-src")).toContain(new URL(backendUrl()).origin)
    expect(directive(csp, "object-src")).toBe("object-src 'none'")
  })
})
