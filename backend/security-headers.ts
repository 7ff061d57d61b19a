import type { IncomingMessage, ServerResponse } from "node:http"
import helmet from "helmet"

type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void

/**
 * The browser's defences on every backend response — API, the officers' dashboard under /app
 * and uploaded files under /static: no content sniffing, no framing by any site, the referrer
 * cut to the origin across sites, and a Content Security Policy fit for the dashboard (its own
 * scripts only; styles inline, which its UI library injects). HSTS and upgrading requests only
 * when the public address is https: on plain http they would break `npm start`.
 */
export function securityHeaders({ https }: { https: boolean }): Middleware {
  const policy = (crossOriginFiles: boolean) =>
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "img-src": ["'self'", "data:", "blob:", "https:"],
          "font-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          ...(https ? { "upgrade-insecure-requests": [] } : {}),
        },
      },
      // Product photos under /static are shown by the storefront, another origin.
      crossOriginResourcePolicy: { policy: crossOriginFiles ? "cross-origin" : "same-origin" },
      frameguard: { action: "deny" },
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    })
  const everywhere = policy(false)
  const files = policy(true)
  return (req, res, next) => {
    res.removeHeader("X-Powered-By")
    return (req.url?.startsWith("/static/") ? files : everywhere)(req, res, next)
  }
}
