// Producer users over real HTTP: register, approval by an officer, and their portal calls.
import { adminFetch } from "./admin-api"
import { expectJson, post } from "./http"
import { authPost, bearer } from "./auth-api"
import { backendUrl } from "./env"

export const PASSWORD = "Ocop@2026-test"

export async function producerLogin(email: string, password = PASSWORD): Promise<Response> {
  return authPost("/auth/producer/emailpass", { email, password })
}

/** Registers a producer user; approved for the given producer when one is passed. */
export async function registerProducerUser(email: string, producerId?: string) {
  const { token: registration } = await expectJson(
    await authPost("/auth/producer/emailpass/register", { email, password: PASSWORD }),
    200,
  )
  const { producer_user } = await expectJson(
    await authPost(
      "/producer/account",
      { first_name: "Hoa", last_name: "Trần" },
      bearer(registration),
    ),
    201,
  )
  if (producerId) {
    await expectJson(
      await adminFetch(
        `/admin/ocop/producer-users/${producer_user.id}`,
        post({ status: "approved", producer_id: producerId }),
      ),
      200,
    )
  }
  const { token } = await expectJson(await producerLogin(email), 200)
  return { id: producer_user.id as string, token: token as string }
}

export function producerFetch(token: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set("authorization", `Bearer ${token}`)
  if (init.body !== undefined && typeof init.body === "string") {
    headers.set("content-type", "application/json")
  }
  return fetch(new URL(path, backendUrl()), { ...init, headers })
}

/** The producer writes their product's stories (one per language). */
export const postStories = (token: string, productId: string, stories: unknown[]) =>
  producerFetch(token, `/producer/products/${productId}/stories`, post({ stories }))
