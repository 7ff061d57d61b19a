// Medusa's emailpass auth routes over real HTTP, as a browser, an attacker or the storefront
// (which names the shopper's address with its shared secret) would call them.
import { expectJson } from "./http"
import { backendUrl, storefrontSecret } from "./env"
import { invitationTokenFor } from "./mailbox"

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

const hex = () => Math.floor(Math.random() * 0xffff).toString(16)

/**
 * A fresh documentation address (2001:db8::/32) in a /64 of its own (the backend counts IPv6
 * clients by their /64), so tests never share a client address.
 */
export const testAddress = () => `2001:db8:${hex()}:${hex()}::1`

/** Headers by which the storefront names the shopper's address to the backend. */
export function fromStorefront(address: string, secret = storefrontSecret()) {
  return { "x-ocop-client-address": address, "x-ocop-storefront-secret": secret }
}

/** The Authorization header of a signed-in actor's token (none without one). */
export const bearer = (token?: string): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {}

export function authPost(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(new URL(path, backendUrl()), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  })
}

/**
 * The invited staff member or organiser claims the account with the token from the invitation
 * email (at this process's SMTP server) and signs in: their token.
 */
export async function claimInvitation(
  actor: "staff" | "organizer",
  email: string,
  password: string,
) {
  const token = await invitationTokenFor(email)
  await expectJson(await authPost(`/${actor}/account/claim`, { token, email, password }), 201)
  const signedIn = await authPost(`/auth/${actor}/emailpass`, { email, password })
  return (await expectJson(signedIn, 200)).token as string
}

/** A login (auth identity) of its own for a test: customer actor, emailpass. */
export async function newLogin(password = "Ocop@2026-owner") {
  const email = `owner-${unique()}@example.com`
  const res = await authPost("/auth/customer/emailpass/register", { email, password })
  if (res.status !== 200) throw new Error(`register ${email}: ${res.status} ${await res.text()}`)
  return { email, password }
}

export function logIn(
  account: { email: string; password: string },
  headers: Record<string, string> = {},
  actor = "customer",
) {
  return authPost(`/auth/${actor}/emailpass`, account, headers)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Wrong passwords (each with `headers(i)`) until the backend asks to wait at least
 * `minWaitSeconds`, sitting out shorter waits: after it, a request sent at once is still inside
 * the wait, however slow the server. Returns that 429.
 */
export async function guessUntilWaiting(
  account: { email: string },
  headers: (attempt: number) => Record<string, string>,
  minWaitSeconds = 1,
): Promise<Response> {
  for (let attempt = 1; attempt <= 20; attempt++) {
    const res = await logIn(
      { email: account.email, password: `wrong-${attempt}` },
      headers(attempt),
    )
    if (res.status !== 429) {
      if (res.status !== 401) throw new Error(`a wrong password answered ${res.status}`)
      continue
    }
    const wait = Number(res.headers.get("retry-after"))
    if (wait >= minWaitSeconds) return res
    await sleep(wait * 1000)
  }
  throw new Error(`no wait of ${minWaitSeconds} s after 20 wrong passwords`)
}
