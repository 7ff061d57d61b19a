// Rule: every route that checks an emailpass password is throttled. Medusa also signs in by GET
// (with a JSON body), and its register route answers with a token when an unclaimed login's
// password is right; either one used to be a way around the throttle of POST logins.
import { request } from "node:http"
import { describe, expect, it } from "vitest"
import { authPost, fromStorefront, newLogin, testAddress, unique } from "../../support/auth-api"
import { backendUrl } from "../../support/env"

/** A GET with a JSON body, which fetch() refuses to send. */
function getWithBody(path: string, body: unknown, client: Record<string, string>): Promise<number> {
  const url = new URL(path, backendUrl())
  const payload = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "GET",
        headers: {
          ...client,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
    req.on("error", reject)
    req.end(payload)
  })
}

describe("the login throttle covers every password check", { timeout: 120_000 }, () => {
  it("counts logins by GET like logins by POST", async () => {
    const account = await newLogin()
    // One client, named through the storefront: the runner's own address keeps its budget.
    const client = fromStorefront(testAddress())
    const guess = { ...account, password: "wrong" }
    const statuses: number[] = []
    for (let i = 1; i <= 8; i++) {
      statuses.push(
        i % 2
          ? await getWithBody("/auth/customer/emailpass", guess, client)
          : (await authPost("/auth/customer/emailpass", guess, client)).status,
      )
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses).toContain(429)
    expect(await getWithBody("/auth/customer/emailpass", account, client)).toBe(429)
  })

  it("counts guesses through the register route, which answers for an unclaimed login", async () => {
    const account = await newLogin()
    const client = fromStorefront(testAddress())
    const statuses: number[] = []
    for (let i = 1; i <= 8; i++) {
      const res = await authPost(
        "/auth/producer/emailpass/register",
        { email: account.email, password: `wrong-${i}` },
        client,
      )
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses).toContain(429)
  })

  it("leaves a new registration alone", async () => {
    const email = `new-${unique()}@example.com`
    const res = await authPost("/auth/customer/emailpass/register", {
      email,
      password: "Ocop@2026-n",
    })
    expect(res.status).toBe(200)
  })
})
