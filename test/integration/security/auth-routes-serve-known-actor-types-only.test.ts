// Rule: only the platform's actor types (customer, user, producer, staff, organizer) reach the
// auth routes. An invented actor type used to check the same password with a budget of its
// own, and registered logins under any name.
import { describe, expect, it } from "vitest"
import { OFFICER } from "../../support/admin-api"
import { authPost, logIn, newLogin, unique } from "../../support/auth-api"
import { loginsFor } from "../../support/db"
import { backendUrl } from "../../support/env"

describe("auth routes serve the known actor types only", { timeout: 120_000 }, () => {
  it("answers 404 to an invented actor type on every auth route, and writes nothing", async () => {
    const account = await newLogin()
    const email = `invented-${unique()}@example.com`
    const posts = [
      ["/auth/zzz1/emailpass", account],
      ["/auth/zzz1/emailpass/register", { email, password: "Ocop@2026-x" }],
      ["/auth/zzz1/emailpass/reset-password", { identifier: account.email }],
      ["/auth/zzz1/emailpass/update", { password: "Ocop@2026-y" }],
      ["/auth/zzz1/emailpass/callback", {}],
    ] as const
    for (const [path, body] of posts) {
      const res = await authPost(path, body)
      expect(res.status, `POST ${path}`).toBe(404)
      expect((await res.json()).message, `POST ${path}`).toMatch(/actor type/i)
    }
    for (const path of ["/auth/zzz1/emailpass", "/auth/zzz1/providers", "/auth/ADMIN/emailpass"]) {
      const res = await fetch(new URL(path, backendUrl()))
      expect(res.status, `GET ${path}`).toBe(404)
    }
    expect(await loginsFor(email), "no login was registered for the invented actor").toBe(0)
  })

  it("still signs in every known actor type", async () => {
    const account = await newLogin()
    expect((await logIn(account)).status).toBe(200)
    expect((await logIn(OFFICER, {}, "user")).status).toBe(200)
    for (const actor of ["producer", "staff", "organizer"]) {
      // The same login checked for another actor type: a token without an account yet.
      expect((await logIn(account, {}, actor)).status, actor).toBe(200)
    }
  })
})
