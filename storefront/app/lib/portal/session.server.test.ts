import { describe, expect, test } from "vitest"
import { createCookieSessionStorage } from "react-router"
import { producerPortal, staffPortal } from "./portals.ts"
import { portalCookieOptions, portalSessionMaxAge } from "./session.server.ts"

const env = { SESSION_SECRET: "new-secret, old-secret", STOREFRONT_URL: undefined }

const producerCookieOptions = (
  options: Parameters<typeof portalCookieOptions>[1],
  nodeEnv: string,
) => portalCookieOptions(producerPortal, options, nodeEnv)
const createProducerSessionStorage = (cookie: ReturnType<typeof portalCookieOptions>) =>
  createCookieSessionStorage({ cookie })

function setCookieAttributes(header: string): string[] {
  return header.split(";").map((part) => part.trim().toLowerCase())
}

describe("the producer session cookie", () => {
  test("is its own cookie, http-only, same-site lax, for the whole site, as long as the token lives", async () => {
    const storage = createProducerSessionStorage(producerCookieOptions(env, "development"))
    const session = await storage.getSession()
    session.set("token", "jwt-of-a-producer")
    const header = await storage.commitSession(session)
    expect(header.startsWith("ocop_producer=")).toBe(true)
    const attributes = setCookieAttributes(header)
    expect(attributes).toContain("httponly")
    expect(attributes).toContain("samesite=lax")
    expect(attributes).toContain("path=/")
    expect(attributes).toContain(`max-age=${portalSessionMaxAge}`)
    expect(attributes).not.toContain("secure")
  })

  test("is secure in production, and whenever the site is public over https", () => {
    expect(producerCookieOptions(env, "production").secure).toBe(true)
    expect(
      producerCookieOptions({ ...env, STOREFRONT_URL: "https://ocop.example.vn" }, "development")
        .secure,
    ).toBe(true)
    expect(
      producerCookieOptions({ ...env, STOREFRONT_URL: "http://localhost:8000" }, "production")
        .secure,
    ).toBe(false)
  })

  test("keeps the token across requests, and not when signed with another secret", async () => {
    const storage = createProducerSessionStorage(producerCookieOptions(env, "development"))
    const session = await storage.getSession()
    session.set("token", "jwt-of-a-producer")
    const cookie = (await storage.commitSession(session)).split(";")[0] ?? ""
    expect((await storage.getSession(cookie)).get("token")).toBe("jwt-of-a-producer")

    const forged = createProducerSessionStorage(
      producerCookieOptions({ ...env, SESSION_SECRET: "guess" }, "development"),
    )
    expect((await forged.getSession(cookie)).get("token")).toBeUndefined()
  })

  test("still reads cookies signed with a previous secret after the secret rotates", async () => {
    const before = createProducerSessionStorage(
      producerCookieOptions({ ...env, SESSION_SECRET: "old-secret" }, "development"),
    )
    const session = await before.getSession()
    session.set("token", "jwt")
    const cookie = (await before.commitSession(session)).split(";")[0] ?? ""
    const after = createProducerSessionStorage(producerCookieOptions(env, "development"))
    expect((await after.getSession(cookie)).get("token")).toBe("jwt")
  })

  test("a notice is shown once", async () => {
    const storage = createProducerSessionStorage(producerCookieOptions(env, "development"))
    const session = await storage.getSession()
    session.flash("notice", "storySaved")
    const cookie = (await storage.commitSession(session)).split(";")[0] ?? ""
    const next = await storage.getSession(cookie)
    expect(next.get("notice")).toBe("storySaved")
    const cleared = (await storage.commitSession(next)).split(";")[0] ?? ""
    expect((await storage.getSession(cleared)).get("notice")).toBeUndefined()
  })

  test("signing out empties the cookie", async () => {
    const storage = createProducerSessionStorage(producerCookieOptions(env, "development"))
    const session = await storage.getSession()
    session.set("token", "jwt")
    const header = await storage.destroySession(session)
    expect(header).toMatch(/^ocop_producer=;/)
    expect(
      setCookieAttributes(header).some((part) => part.startsWith("expires=thu, 01 jan 1970")),
    ).toBe(true)
  })

  test("each portal has its own cookie, with the same flags and lifetime", () => {
    const staff = portalCookieOptions(staffPortal, env, "production")
    expect(staff).toEqual({ ...producerCookieOptions(env, "production"), name: "ocop_staff" })
  })
})
