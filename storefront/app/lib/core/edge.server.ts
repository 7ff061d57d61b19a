import { createContext, type RouterContextProvider } from "react-router"
import { getEnv } from "./env.server.ts"

/** What the storefront's HTTP server (server/app.ts) knows of a request, for loaders and actions. */
export type RequestEdge = {
  /** This response's Content Security Policy nonce for inline scripts; empty without the server. */
  nonce: string
  /** The shopper's address as the server trusts it (socket, or the trusted proxies' view). */
  clientAddress: string | null
}

export const edgeContext = createContext<RequestEdge>({ nonce: "", clientAddress: null })

export function getEdge(context: Readonly<RouterContextProvider>): RequestEdge {
  return context.get(edgeContext)
}

/** The backend believes the storefront's word on a shopper's address only with this secret. */
export const CLIENT_ADDRESS_HEADER = "x-ocop-client-address"
export const STOREFRONT_SECRET_HEADER = "x-ocop-storefront-secret"

/**
 * Headers that name the shopper's address to the backend, for calls that sign someone in: the
 * backend's login throttle then slows down that shopper, not the storefront (and every shopper
 * with it). Empty when the secret or the address is unknown.
 */
export function forwardedClient(context: Readonly<RouterContextProvider>): Record<string, string> {
  const secret = getEnv().STOREFRONT_SECRET
  const { clientAddress } = getEdge(context)
  if (!secret || !clientAddress) return {}
  return { [CLIENT_ADDRESS_HEADER]: clientAddress, [STOREFRONT_SECRET_HEADER]: secret }
}
