import { createHash, timingSafeEqual } from "node:crypto"
import type { IncomingMessage } from "node:http"
import { isIP } from "node:net"
import proxyAddr from "proxy-addr"

/** The storefront names the shopper's address in this header… */
export const CLIENT_ADDRESS_HEADER = "x-ocop-client-address"
/** …which counts only beside the secret the storefront and the backend share. */
export const STOREFRONT_SECRET_HEADER = "x-ocop-storefront-secret"

export type EdgeOptions = {
  /** Reverse proxies in front of this server whose X-Forwarded-For entries are believed. */
  trustedProxyCount: number
  /** Shared with the storefront (STOREFRONT_SECRET); without it its header is ignored. */
  storefrontSecret?: string
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return typeof value === "string" ? value.trim() : undefined
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const digest = (value: string) => createHash("sha256").update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/**
 * Who is calling, as far as this server can tell: the shopper's address the storefront names
 * (with the shared secret), else the socket's peer, or the address the configured number of
 * trusted proxies saw. Never a header any client can write. Normalised by `addressKey`.
 */
export function clientAddress(req: IncomingMessage, options: EdgeOptions): string {
  const named = header(req, CLIENT_ADDRESS_HEADER)
  if (
    named &&
    isIP(named) &&
    options.storefrontSecret &&
    sameSecret(header(req, STOREFRONT_SECRET_HEADER), options.storefrontSecret)
  ) {
    return addressKey(named)
  }
  const hops = options.trustedProxyCount
  return addressKey(proxyAddr(req, (_address, hop) => hop < hops))
}

/**
 * One key per client: IPv4 as is (also when mapped into IPv6), IPv6 by its /64 network, since
 * one host commonly holds a whole /64.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/%.*$/, "")
  const mapped = plain.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  if (mapped) return mapped[1]!
  if (isIP(plain) !== 6) return plain
  const [head = "", tail] = plain.split("::")
  const left = head ? head.split(":") : []
  const right = tail ? tail.split(":") : []
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`
}
