// The whole application on one machine, shared by `npm start` and `npm test`: Postgres, builds,
// migrations and seed, then the Medusa backend (production build) and the storefront.
import { backendProcesses, type Backends, type TopologyOptions } from "./backends.js"
import { buildStale } from "./build.js"
import { prepareDatabase, readPublishableKey, writeStorefrontEnv } from "./database.js"
import { waitForHttp } from "./http.js"
import { info, seconds, warn } from "./log.js"
import { paths, storefrontExists } from "./paths.js"
import { externalPostgres, startEmbeddedPostgres, type Postgres } from "./postgres.js"
import { spawnService, type Service } from "./proc.js"
import { localSecrets } from "./secrets.js"

export interface StackOptions {
  /** Holds the embedded cluster (`pg/`) and the migration/seed state. */
  dataDir: string
  pgPort: number
  backendPort: number
  storefrontPort: number
  databaseName: string
  seed: boolean
  /** Use this server instead of the embedded one; its database name wins over databaseName. */
  databaseUrl?: string
  /** Throwaway cluster: Postgres runs without fsync. */
  ephemeral?: boolean
  /** Also write MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY to storefront/.env. */
  writeStorefrontEnv?: boolean
  /** Base environment of every child (default process.env). */
  env?: NodeJS.ProcessEnv
  /** The backend sends email there (SMTP_URL); unset, the base environment's, if any. */
  smtpUrl?: string
  /** Production shape (npm run test:topology): Redis, several server processes and a worker. */
  topology?: TopologyOptions
}

export interface Stack {
  backendUrl: string
  /** The secret the storefront vouches for shoppers' addresses with (tests send it too). */
  storefrontSecret: string
  /** Undefined while the storefront app does not exist yet. */
  storefrontUrl?: string
  databaseUrl: string
  publishableKey?: string
  /** The backend from its spawn to its first healthy answer (cold start), in ms. */
  backendStartMs: number
  /** Every server process, the storefront's backend first (one unless a topology is given). */
  backendUrls: string[]
  /** Process (group) ids of the servers, for measuring them. */
  pids: { backend?: number; storefront?: number }
  /** Fault injection for the topology tests: processes by tag ("server-1", "worker", …). */
  faults: StackFaults
  /** Resolves with the tag of a server that exited while the stack was not being stopped. */
  unexpectedExit: Promise<string>
  stop(): Promise<void>
}

export interface StackFaults {
  /** Backend processes by tag ("server-1", "worker", …): see Backends in backends.ts. */
  kill: Backends["kill"]
  start: Backends["start"]
  /** Stops the embedded Postgres, waits downMs, starts it again on the same data. */
  restartPostgres(downMs: number): Promise<void>
}

/**
 * The payee of bank transfers on a local stack, so the VietQR code shows (the environment's own
 * OCOP_VIETQR_* win). A demo: never transfer money to it.
 */
const demoBankAccount = {
  OCOP_VIETQR_BANK_BIN: "970436",
  OCOP_VIETQR_ACCOUNT_NUMBER: "0011004455667",
  OCOP_VIETQR_ACCOUNT_NAME: "SAN OCOP DEMO",
}

/** Variables the Medusa CLI and server need; DB_HOST=localhost keeps SSL off locally. */
export function medusaEnv(
  base: NodeJS.ProcessEnv,
  databaseUrl: string,
  urls: { backend: string; storefront: string },
) {
  const db = new URL(databaseUrl)
  return {
    ...demoBankAccount,
    ...base,
    DATABASE_URL: databaseUrl,
    DB_HOST: db.hostname,
    DB_PORT: db.port || "5432",
    DB_USERNAME: decodeURIComponent(db.username),
    DB_PASSWORD: decodeURIComponent(db.password),
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_BACKEND_URL: urls.backend,
    STOREFRONT_URL: urls.storefront,
    STORE_CORS: urls.storefront,
    ADMIN_CORS: urls.backend,
    AUTH_CORS: `${urls.storefront},${urls.backend}`,
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const started = Date.now()
  const base = { ...(options.env ?? process.env) }
  Object.assign(base, localSecrets(options.dataDir, base))
  const backendUrl = `http://localhost:${options.backendPort}`
  const storefrontUrl = `http://localhost:${options.storefrontPort}`
  const services: Service[] = []
  let postgres: Postgres | undefined
  let stopping = false
  let reportExit: (tag: string) => void = () => {}
  const unexpectedExit = new Promise<string>((resolve) => (reportExit = resolve))
  const watch = (service: Service) => {
    services.push(service)
    void service.exited.then(() => {
      if (!stopping) reportExit(service.tag)
    })
  }

  const stop = async () => {
    stopping = true
    await Promise.all(services.map((service) => service.stop()))
    await postgres?.stop()
  }

  try {
    const hashes = await buildStale()
    postgres = options.databaseUrl
      ? externalPostgres(options.databaseUrl)
      : await startEmbeddedPostgres({
          dataDir: options.dataDir,
          port: options.pgPort,
          ephemeral: options.ephemeral,
        })
    const databaseName = options.databaseUrl
      ? new URL(options.databaseUrl).pathname.slice(1)
      : options.databaseName
    const urls = { backend: backendUrl, storefront: storefrontUrl }
    const serverEnv: NodeJS.ProcessEnv = medusaEnv(base, postgres.urlFor(databaseName), urls)
    if (options.smtpUrl) serverEnv.SMTP_URL = options.smtpUrl
    // Migrations and the seed never send mail: the demo accounts' invitations are only logged.
    const cliEnv = { ...serverEnv }
    delete cliEnv.SMTP_URL
    const databaseUrl = await prepareDatabase({
      postgres,
      dataDir: options.dataDir,
      databaseName,
      hashes,
      seed: options.seed,
      env: { ...cliEnv, NODE_ENV: "development" },
    })

    const publishableKey = await readPublishableKey(databaseUrl)
    if (!publishableKey) warn("no publishable API key in the database yet (the seed creates it)")
    if (options.writeStorefrontEnv) {
      writeStorefrontEnv({
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
      })
    }

    const backends = backendProcesses({
      serverEnv,
      backendPort: options.backendPort,
      topology: options.topology,
      watch,
    })
    const backendSpawned = Date.now()
    // One at a time: concurrent cold starts on two cores only slow each other down.
    for (const tag of backends.tags) await backends.start(tag)
    const backendStartMs = Date.now() - backendSpawned
    info(`backend ready at ${backends.urls.join(", ")}`)
    const faults: StackFaults = {
      kill: backends.kill,
      start: backends.start,
      restartPostgres: async (downMs) => {
        if (options.databaseUrl) throw new Error("only the embedded Postgres can be restarted")
        await postgres?.stop()
        await new Promise((resolve) => setTimeout(resolve, downMs))
        postgres = await startEmbeddedPostgres({
          dataDir: options.dataDir,
          port: options.pgPort,
          ephemeral: options.ephemeral,
        })
      },
    }

    let storefrontReady: string | undefined
    let storefrontPid: number | undefined
    if (storefrontExists()) {
      const storefront = spawnService(process.execPath, ["server.js"], {
        tag: "storefront",
        cwd: paths.storefront,
        env: {
          ...base,
          NODE_ENV: "production",
          PORT: String(options.storefrontPort),
          MEDUSA_BACKEND_URL: backendUrl,
          MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
        },
      })
      watch(storefront)
      storefrontPid = storefront.pid
      const status = await waitForHttp(`${storefrontUrl}/`, {
        service: storefront,
        timeoutMs: 60_000,
        ready: () => true,
      })
      if (status >= 500) warn(`storefront answers / with ${status}`)
      info(`storefront ready at ${storefrontUrl}`)
      storefrontReady = storefrontUrl
    } else {
      warn("storefront/app/root.tsx does not exist yet: not starting the storefront")
    }

    info(`stack ready in ${seconds(started)}`)
    return {
      backendUrl,
      storefrontSecret: base.STOREFRONT_SECRET!,
      storefrontUrl: storefrontReady,
      databaseUrl,
      publishableKey,
      backendStartMs,
      backendUrls: backends.urls,
      pids: { backend: backends.pid(backends.tags[0]!), storefront: storefrontPid },
      faults,
      unexpectedExit,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
