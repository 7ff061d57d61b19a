import type { IncomingMessage } from "node:http"
import { describe, expect, it } from "vitest"
import { addressKey, clientAddress } from "../client-address"

const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers,
  }) as unknown as IncomingMessage

const secret = "s3cret-shared-with-the-storefront"

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const req = request("10.0.0.7", { "x-forwarded-for": "198.51.100.1, 198.51.100.2" })
    expect(clientAddress(req, { trustedProxyCount: 0 })).toBe("10.0.0.7")
  })

  it("is what the trusted proxies saw, and no hop further", () => {
    const req = request("10.0.0.7", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" })
    expect(clientAddress(req, { trustedProxyCount: 1 })).toBe("203.0.113.9")
    expect(clientAddress(req, { trustedProxyCount: 2 })).toBe("198.51.100.1")
  })

  it("is the storefront's shopper address only with the shared secret", () => {
    const named = { "x-ocop-client-address": "203.0.113.50" }
    const options = { trustedProxyCount: 0, storefrontSecret: secret }
    expect(clientAddress(request("10.0.0.2", named), options)).toBe("10.0.0.2")
    const wrong = { ...named, "x-ocop-storefront-secret": "guess" }
    expect(clientAddress(request("10.0.0.2", wrong), options)).toBe("10.0.0.2")
    const right = { ...named, "x-ocop-storefront-secret": secret }
    expect(clientAddress(request("10.0.0.2", right), options)).toBe("203.0.113.50")
    expect(clientAddress(request("10.0.0.2", right), { trustedProxyCount: 0 })).toBe("10.0.0.2")
    const notAnAddress = { ...right, "x-ocop-client-address": "everyone" }
    expect(clientAddress(request("10.0.0.2", notAnAddress), options)).toBe("10.0.0.2")
  })

  it("keys IPv6 clients by their /64 and unwraps IPv4 mapped into IPv6", () => {
    expect(addressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64")
    expect(addressKey("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64")
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64")
    expect(addressKey("::1")).toBe("0:0:0:0::/64")
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64")
    expect(addressKey("::ffff:127.0.0.1")).toBe("127.0.0.1")
    expect(addressKey("192.0.2.1")).toBe("192.0.2.1")
  })
})
