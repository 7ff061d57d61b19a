import type { IncomingMessage, ServerResponse } from "node:http"
import helmet, { type HelmetOptions } from "helmet"

export type PolicyInputs = {
  /** Where product photos come from: the backend's public address (its /static files). */
  imageOrigins: string[]
  /** Stripe's script, frames and API are allowed only when the card form is on. */
  stripe: boolean
  /** Served over https (STOREFRONT_URL): HSTS, and upgrade any http subresource. */
  https: boolean
}

type Directives = Record<
  string,
  Iterable<string | ((req: IncomingMessage, res: ServerResponse) => string)>
>

/** The nonce of this response, set by server/app.ts before helmet runs. */
const nonce = (_req: IncomingMessage, res: ServerResponse) =>
  `'nonce-${(res as ServerResponse & { locals: { cspNonce: string } }).locals.cspNonce}'`

/**
 * The storefront's Content Security Policy: scripts only with this response's nonce (React
 * Router's inline scripts and the module scripts they load), styles and fonts from the site,
 * pictures from the site, where product photos are and data: URLs (QR codes), no plugins, no
 * framing; Stripe's script, frames and API only when the card form is on.
 */
export function contentSecurityPolicy({ imageOrigins, stripe, https }: PolicyInputs): Directives {
  const images = imageOrigins.map((origin) => new URL(origin).origin)
  return {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      nonce,
      "'strict-dynamic'",
      ...(stripe ? ["https://js.stripe.com"] : []),
    ],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", ...images, ...(stripe ? ["https://*.stripe.com"] : [])],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(stripe ? ["https://api.stripe.com"] : [])],
    "frame-src": stripe ? ["https://js.stripe.com", "https://hooks.stripe.com"] : ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  }
}

/** helmet's options for every storefront response: pages, assets and files alike. */
export function securityHeaderOptions(inputs: PolicyInputs): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(inputs) },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    strictTransportSecurity: inputs.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  }
}

export const securityHeaders = (inputs: PolicyInputs) => helmet(securityHeaderOptions(inputs))
