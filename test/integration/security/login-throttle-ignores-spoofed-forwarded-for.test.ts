// Rule: the login throttle keys on the client address the server can trust (the socket, behind
// the configured number of trusted proxies), never on a header the client writes. A new
// X-Forwarded-For on every guess used to give every guess a fresh budget.
import { describe, expect, it } from "vitest"
import { guessUntilWaiting, logIn, newLogin } from "../../support/auth-api"

const spoofed = (i: number) => ({
  "x-forwarded-for": `198.51.100.${i}`,
  "x-real-ip": `198.51.100.${i}`,
})

describe("the login throttle ignores a spoofed X-Forwarded-For", { timeout: 120_000 }, () => {
  it("counts guesses with a new X-Forwarded-For each as guesses from one client", async () => {
    const account = await newLogin()
    const statuses: number[] = []
    for (let i = 1; i <= 12; i++) {
      statuses.push((await logIn({ ...account, password: `wrong-${i}` }, spoofed(i))).status)
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses, "guesses beyond the free five wait their turn").toContain(429)
  })

  it("does not let the right password through a new header while the client must wait", async () => {
    const account = await newLogin()
    await guessUntilWaiting(account, spoofed, 4)
    const res = await logIn(account, spoofed(200))
    expect(res.status).toBe(429)
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0)
  })
})
