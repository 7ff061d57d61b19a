// Rule: login attempts are counted atomically before the password is checked, so guesses sent
// all at once count like guesses sent one by one (60 at once used to get 60 × 401).
import { describe, expect, it } from "vitest"
import { fromStorefront, logIn, newLogin, testAddress } from "../../support/auth-api"

describe("the login throttle counts parallel guesses", { timeout: 120_000 }, () => {
  it("lets only the five free guesses of 60 simultaneous ones reach the password check", async () => {
    const account = await newLogin()
    // One client (named through the storefront, so this test keeps the runner's own address
    // out of the per-address budget) sends 60 guesses at once.
    const client = fromStorefront(testAddress())
    const started = Date.now()
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => logIn({ ...account, password: `wrong-${i}` }, client)),
    )
    const statuses = responses.map((res) => res.status)
    const checked = statuses.filter((status) => status === 401).length
    const refused = responses.filter((res) => res.status === 429)
    // A loaded server takes seconds to answer all 60: the waits of 1 s, 2 s, 4 s… that pass in
    // the meantime each let one more guess through, and no more.
    const seconds = (Date.now() - started) / 1000
    expect(checked).toBeGreaterThanOrEqual(5)
    expect(checked).toBeLessThanOrEqual(5 + Math.ceil(Math.log2(seconds + 1)))
    expect(refused.length).toBe(60 - checked)
    for (const res of refused) {
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0)
      expect(await res.json()).toMatchObject({ code: "login_throttled" })
    }
  })
})
