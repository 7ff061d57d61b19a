// Rule: wrong guesses slow down the client that makes them, never the account's owner at
// another address. Ten wrong logins used to lock the account for everyone for 15 minutes (and
// through the storefront, which signed everyone in from its own address, for every shopper).
import { describe, expect, it } from "vitest"
import {
  fromStorefront,
  guessUntilWaiting,
  logIn,
  newLogin,
  testAddress,
} from "../../support/auth-api"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("the login throttle cannot lock the owner out", { timeout: 120_000 }, () => {
  it("signs the owner in from their address while a stranger's address must wait", async () => {
    const account = await newLogin()
    const stranger = fromStorefront(testAddress())
    const refused = await guessUntilWaiting(account, () => stranger, 4)
    expect((await refused.json()).code).toBe("login_throttled")
    const owner = fromStorefront(testAddress())
    expect((await logIn(account, owner)).status, "the owner signs in").toBe(200)
    expect((await logIn(account, stranger)).status, "the stranger still waits").toBe(429)
  })

  it("slows the owner's own address down, and lets the right password in after the wait", async () => {
    const account = await newLogin()
    const owner = fromStorefront(testAddress())
    const refused = await guessUntilWaiting(account, () => owner)
    const wait = Number(refused.headers.get("retry-after"))
    expect(wait, "the first waits are seconds, not a 15-minute lock").toBeLessThanOrEqual(4)
    await sleep(wait * 1000 + 200)
    expect((await logIn(account, owner)).status).toBe(200)
    // A success starts the count over: five more mistakes are free again.
    for (let i = 0; i < 5; i++) {
      expect((await logIn({ ...account, password: "wrong" }, owner)).status).toBe(401)
    }
  })

  it("ignores the storefront's address header when its secret is wrong or missing", async () => {
    const account = await newLogin()
    const statuses: number[] = []
    for (let i = 1; i <= 12; i++) {
      const claimed =
        i % 2
          ? { "x-ocop-client-address": testAddress() }
          : fromStorefront(testAddress(), "not-the-secret")
      statuses.push((await logIn({ ...account, password: `wrong-${i}` }, claimed)).status)
    }
    expect(statuses, "every guess counted for this one client").toContain(429)
  })
})
