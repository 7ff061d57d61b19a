// The storefront's request handling, bundled with the app by Vite (see vite.config.ts) and
// served by server.js: security headers with a fresh CSP nonce per response, the built assets,
// and React Router with what the server knows of the request (its nonce, the client's address).
import { randomBytes } from "node:crypto"
import { createRequestHandler } from "@react-router/express"
import express from "express"
import morgan from "morgan"
import { RouterContextProvider } from "react-router"
import { edgeContext } from "#app/lib/core/edge.server.ts"
import { initEnv } from "#app/lib/core/env.server.ts"
import { securityHeaders } from "./security-headers.ts"

const env = initEnv()
const production = import.meta.env.PROD

export const app = express()
app.disable("x-powered-by")
// `req.ip` and `req.protocol` believe X-Forwarded-* only from this many proxies in front.
app.set("trust proxy", env.TRUSTED_PROXY_COUNT)

app.use((_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64")
  next()
})
if (production) {
  app.use(
    securityHeaders({
      imageOrigins: env.IMAGE_ORIGINS ?? [env.MEDUSA_BACKEND_URL],
      stripe: Boolean(env.STRIPE_PUBLISHABLE_KEY),
      https: env.STOREFRONT_URL?.startsWith("https:") ?? false,
    }),
  )
  // Vite fingerprints its assets, so they are cached for good; public/ files for an hour.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }))
  app.use(express.static("build/client", { maxAge: "1h" }))
  app.use(morgan("tiny"))
}

app.use(
  createRequestHandler({
    build: () => import("virtual:react-router/server-build"),
    getLoadContext(req, res) {
      const context = new RouterContextProvider()
      context.set(edgeContext, {
        nonce: res.locals.cspNonce as string,
        clientAddress: req.ip ?? null,
      })
      return context
    },
  }),
)
