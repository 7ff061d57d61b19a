import { expect, test } from "vitest"
import { contentSecurityPolicy } from "./security-headers.ts"

const base = { imageOrigins: ["http://localhost:9000/static"], stripe: false, https: false }
const listed = (directives: ReturnType<typeof contentSecurityPolicy>, name: string) =>
  [...(directives[name] ?? [])].filter((value) => typeof value === "string")

test("pages run only scripts with the response's nonce, and are framed by no one", () => {
  const policy = contentSecurityPolicy(base)
  expect(listed(policy, "script-src")).toEqual(["'self'", "'strict-dynamic'"])
  expect([...policy["script-src"]!].some((value) => typeof value === "function")).toBe(true)
  expect(listed(policy, "frame-ancestors")).toEqual(["'none'"])
  expect(listed(policy, "object-src")).toEqual(["'none'"])
})

test("pictures come from the site, data: URLs (QR codes) and where product photos are", () => {
  expect(listed(contentSecurityPolicy(base), "img-src")).toEqual([
    "'self'",
    "data:",
    "http://localhost:9000",
  ])
})

test("Stripe's script, frames and API are allowed only when the card form is on", () => {
  const without = JSON.stringify(Object.entries(contentSecurityPolicy(base)))
  expect(without).not.toContain("stripe.com")
  const policy = contentSecurityPolicy({ ...base, stripe: true })
  expect(listed(policy, "script-src")).toContain("https://js.stripe.com")
  expect(listed(policy, "frame-src")).toEqual(["https://js.stripe.com", "https://hooks.stripe.com"])
  expect(listed(policy, "connect-src")).toContain("https://api.stripe.com")
})

test("requests are upgraded to https only when the site is served over https", () => {
  expect(contentSecurityPolicy(base)).not.toHaveProperty("upgrade-insecure-requests")
  expect(contentSecurityPolicy({ ...base, https: true })).toHaveProperty(
    "upgrade-insecure-requests",
  )
})
