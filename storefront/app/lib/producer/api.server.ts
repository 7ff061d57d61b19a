import { getEnv } from "../core/env.server.ts"
import { portalApi, type PageQuery } from "../portal/api.server.ts"
import type { ProducerOrderList } from "@ocop/shared"
import { actorAuth } from "../portal/actor-auth.server.ts"
import type {
  ProducerProductDetail,
  ProducerProductList,
  ProducerStory,
  ProducerUser,
  Reminder,
  StockRow,
  UploadedFile,
} from "./types.ts"
import type { ProductCreateBody, ProductUpdateBody, StoryBody } from "./forms.ts"

/**
 * The producer portal API (`/producer/...`) and the producer actor's auth routes. A producer
 * user's JWT comes from the portal's session cookie and is passed per call.
 */

const call = portalApi("Producer API", 10_000)

// Auth ------------------------------------------------------------------------------------------

export const { logIn } = actorAuth(call, "producer")

/** The first step of registering: an email and password, and a token that has no account yet. */
export async function registerLogin(
  email: string,
  password: string,
  client: Record<string, string>,
): Promise<string> {
  const { token } = await call<{ token: string }>("/auth/producer/emailpass/register", {
    method: "POST",
    body: { email, password },
    headers: client,
  })
  return token
}

/** The second step: the account itself, pending until a programme officer approves it. */
export async function createAccount(
  registrationToken: string,
  account: {
    first_name: string
    last_name: string | null
    phone: string
    requested_producer_name: string
    requested_registration_number: string | null
  },
): Promise<ProducerUser> {
  const { producer_user } = await call<{ producer_user: ProducerUser }>("/producer/account", {
    method: "POST",
    token: registrationToken,
    body: account,
  })
  return producer_user
}

/**
 * Claims the account an officer invited this email to, with the token of the invitation link:
 * the invited email's login gets this password. 403 with an invitation code when refused.
 */
export async function claimInvitation(claim: {
  token: string
  email: string
  password: string
  first_name: string
  last_name: string | null
  phone: string
}): Promise<ProducerUser> {
  const { producer_user } = await call<{ producer_user: ProducerUser }>("/producer/account/claim", {
    method: "POST",
    body: claim,
  })
  return producer_user
}

export async function getMe(token: string, signal?: AbortSignal): Promise<ProducerUser> {
  const { producer_user } = await call<{ producer_user: ProducerUser }>("/producer/me", {
    token,
    signal,
  })
  return producer_user
}

// Products --------------------------------------------------------------------------------------

export function listProducts(token: string, page: PageQuery, signal?: AbortSignal) {
  return call<ProducerProductList>("/producer/products", { token, query: page, signal })
}

export async function getProduct(token: string, id: string, signal?: AbortSignal) {
  const { product } = await call<{ product: ProducerProductDetail }>(
    `/producer/products/${encodeURIComponent(id)}`,
    { token, signal },
  )
  return product
}

export async function createProduct(token: string, body: ProductCreateBody) {
  const { product } = await call<{ product: { id: string; handle: string } }>(
    "/producer/products",
    {
      method: "POST",
      token,
      body,
    },
  )
  return product
}

export async function updateProduct(token: string, id: string, body: Partial<ProductUpdateBody>) {
  const { product } = await call<{ product: ProducerProductDetail }>(
    `/producer/products/${encodeURIComponent(id)}`,
    { method: "POST", token, body },
  )
  return product
}

export async function saveStories(token: string, id: string, stories: StoryBody[]) {
  const result = await call<{ stories: ProducerStory[] }>(
    `/producer/products/${encodeURIComponent(id)}/stories`,
    { method: "POST", token, body: { stories } },
  )
  return result.stories
}

/** Photos from a form without JavaScript, sent on to the backend in one multipart body. */
export async function uploadImages(token: string, files: File[]): Promise<UploadedFile[]> {
  const body = new FormData()
  for (const file of files) body.append("files", file, file.name)
  const result = await call<{ files: UploadedFile[] }>("/producer/uploads", {
    method: "POST",
    token,
    body,
    timeoutMs: 120_000,
  })
  return result.files
}

/**
 * One photo from the browser's upload (with its progress bar), streamed to the backend as it
 * arrives rather than held in memory; the backend's answer goes back as it is.
 */
export async function forwardUpload(token: string, request: Request): Promise<Response> {
  const headers = new Headers({ authorization: `Bearer ${token}`, accept: "application/json" })
  const contentType = request.headers.get("content-type")
  if (contentType) headers.set("content-type", contentType)
  const init: RequestInit & { duplex: "half" } = {
    method: "POST",
    headers,
    body: request.body,
    duplex: "half",
    signal: AbortSignal.any([request.signal, AbortSignal.timeout(120_000)]),
  }
  try {
    return await fetch(new URL("/producer/uploads", getEnv().MEDUSA_BACKEND_URL), init)
  } catch (error) {
    if (!request.signal.aborted) console.error("Producer API: upload failed", error)
    return Response.json({ message: "backend_unavailable" }, { status: 502 })
  }
}

// Dashboard, stock and orders ---------------------------------------------------------------------

export async function listReminders(token: string, signal?: AbortSignal) {
  const { reminders } = await call<{ reminders: Reminder[] }>("/producer/reminders", {
    token,
    signal,
  })
  return reminders
}

export function listOrders(token: string, page: PageQuery, signal?: AbortSignal) {
  return call<ProducerOrderList>("/producer/orders", { token, query: page, signal })
}

export async function listStock(token: string, signal?: AbortSignal) {
  const { stock } = await call<{ stock: StockRow[] }>("/producer/stock", { token, signal })
  return stock
}
