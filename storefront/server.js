// The storefront's HTTP server: `npm start` and the Docker image run it with NODE_ENV=production
// on the built app (build/server/index.js, which bundles server/app.ts); `npm run dev` runs it
// with Vite's dev server in front of the same request handling.
import compression from "compression"
import express from "express"

const development = process.env.NODE_ENV === "development"
const port = Number.parseInt(process.env.PORT || "8000", 10)

const server = express()
server.disable("x-powered-by")
server.use(compression())

if (development) {
  const vite = await import("vite").then(({ createServer }) =>
    createServer({ server: { middlewareMode: true } }),
  )
  server.use(vite.middlewares)
  server.use(async (req, res, next) => {
    try {
      const { app } = await vite.ssrLoadModule("./server/app.ts")
      app(req, res, next)
    } catch (error) {
      if (error instanceof Error) vite.ssrFixStacktrace(error)
      next(error)
    }
  })
} else {
  const { app } = await import("./build/server/index.js")
  server.use(app)
}

const onListen = () => console.log(`[storefront] http://localhost:${port}`)
const listener = process.env.HOST
  ? server.listen(port, process.env.HOST, onListen)
  : server.listen(port, onListen)
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => listener.close(() => process.exit(0)))
}
