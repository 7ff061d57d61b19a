// Rule: the officer's dashboard session works on the address the backend is served at. Over
// plain http (`npm start`) the session cookie cannot be `Secure`, or the browser drops it and the
// admin login never sticks; a client's own X-Forwarded-Proto does not change that.
import { describe, expect, it } from "vitest"
import { OFFICER } from "../../support/admin-api"
import { authPost } from "../../support/auth-api"
import { backendUrl } from "../../support/env"

async function officerToken(): Promise<string> {
  const res = await authPost("/auth/user/emailpass", OFFICER)
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

async function openSession(headers: Record<string, string> = {}) {
  const res = await fetch(new URL("/auth/session", backendUrl()), {
    method: "POST",
    headers: { authorization: `Bearer ${await officerToken()}`, ...headers },
  })
  expect(res.status).toBe(200)
  return res.headers.getSetCookie().find((cookie) => cookie.startsWith("connect.sid="))
}

describe("the admin session cookie over plain http", () => {
  it("is set without Secure and opens the admin API", async () => {
    const cookie = await openSession()
    expect(cookie, "POST /auth/session sets the session cookie").toBeDefined()
    expect(cookie).not.toMatch(/;\s*secure/i)
    expect(cookie).toMatch(/;\s*httponly/i)
    const me = await fetch(new URL("/admin/users/me", backendUrl()), {
      headers: { cookie: cookie!.split(";")[0]! },
    })
    expect(me.status).toBe(200)
    expect((await me.json()).user.email).toBe(OFFICER.email)
  })

  it("does not follow an X-Forwarded-Proto sent by a client that is not a trusted proxy", async () => {
    const cookie = await openSession({ "x-forwarded-proto": "https" })
    expect(cookie).toBeDefined()
    expect(cookie).not.toMatch(/;\s*secure/i)
  })
})
