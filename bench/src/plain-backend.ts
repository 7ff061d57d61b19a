// The baseline: the same production build, on the same database, started as plain Medusa
// (OCOP_BENCH_WITHOUT_OCOP_PLUGIN leaves the OCOP plugin and its Search Module out).
import { waitForHttp } from "../../scripts/lib/http.js"
import { paths } from "../../scripts/lib/paths.js"
import { spawnService, type Service } from "../../scripts/lib/proc.js"
import { medusaEnv } from "../../scripts/lib/stack.js"

export interface PlainBackend {
  url: string
  service: Service
  coldStartMs: number
}

export async function startPlainBackend(options: {
  databaseUrl: string
  port: number
  storefrontUrl: string
}): Promise<PlainBackend> {
  const url = `http://localhost:${options.port}`
  const started = Date.now()
  const service = spawnService(paths.bin("medusa"), ["start"], {
    tag: "plain-medusa",
    cwd: paths.backendServer,
    env: {
      ...medusaEnv(process.env, options.databaseUrl, {
        backend: url,
        storefront: options.storefrontUrl,
      }),
      NODE_ENV: "production",
      PORT: String(options.port),
      OCOP_BENCH_WITHOUT_OCOP_PLUGIN: "true",
    },
  })
  await waitForHttp(`${url}/health`, {
    service,
    timeoutMs: 180_000,
    ready: (status) => status === 200,
  })
  return { url, service, coldStartMs: Date.now() - started }
}
