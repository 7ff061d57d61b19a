// The Medusa backend processes of a stack: one shared process (npm start, npm test), or the
// production shape (npm run test:topology): server processes that answer HTTP and one worker
// that runs scheduled jobs and subscribers, all sharing Redis. Each can be killed and started
// again by tag, for the fault tests.
import { waitForHttp } from "./http.js"
import { paths } from "./paths.js"
import { spawnService, type Service } from "./proc.js"

export interface TopologyOptions {
  /** REDIS_URL of every process: Redis cache, event bus, workflow engine and locking. */
  redisUrl: string
  /** Ports of the server processes after the first one (which listens on backendPort). */
  extraServerPorts: number[]
  /** The one worker process (scheduled jobs, subscribers); it only answers /health. */
  workerPort: number
}

interface Entry {
  port: number
  env: NodeJS.ProcessEnv
  service?: Service
  running: boolean
}

export interface Backends {
  /** Base URLs of the processes that serve requests, the storefront's first. */
  urls: string[]
  /** Tags: "backend", or "server-1", "server-2", …, "worker". */
  tags: string[]
  pid(tag: string): number | undefined
  /** Starts the process (unless it runs) and waits for its /health. */
  start(tag: string): Promise<void>
  /** Signals its process group (SIGKILL: no graceful shutdown) and waits until it is gone. */
  kill(tag: string, signal: NodeJS.Signals): Promise<void>
}

export function backendProcesses(options: {
  serverEnv: NodeJS.ProcessEnv
  backendPort: number
  topology?: TopologyOptions
  /** Called with every spawned process (the stack stops them and reports unexpected exits). */
  watch: (service: Service) => void
}): Backends {
  const { topology } = options
  const entries = new Map<string, Entry>()
  const add = (tag: string, port: number, mode?: "server" | "worker") => {
    const env: NodeJS.ProcessEnv = {
      ...options.serverEnv,
      NODE_ENV: "production",
      PORT: String(port),
    }
    if (mode) env.MEDUSA_WORKER_MODE = mode
    if (topology) env.REDIS_URL = topology.redisUrl
    entries.set(tag, { port, env, running: false })
  }
  if (topology) {
    const ports = [options.backendPort, ...topology.extraServerPorts]
    ports.forEach((port, index) => add(`server-${index + 1}`, port, "server"))
    add("worker", topology.workerPort, "worker")
  } else {
    add("backend", options.backendPort)
  }
  const entry = (tag: string) => {
    const found = entries.get(tag)
    if (!found) throw new Error(`no backend process ${tag}`)
    return found
  }

  return {
    urls: [...entries]
      .filter(([tag]) => tag !== "worker")
      .map(([, { port }]) => `http://localhost:${port}`),
    tags: [...entries.keys()],
    pid: (tag) => entries.get(tag)?.service?.pid,
    async start(tag) {
      const target = entry(tag)
      if (target.running) return
      const service = spawnService(paths.bin("medusa"), ["start"], {
        tag,
        cwd: paths.backendServer,
        env: target.env,
      })
      target.service = service
      target.running = true
      void service.exited.then(() => (target.running = false))
      options.watch(service)
      await waitForHttp(`http://localhost:${target.port}/health`, {
        service,
        timeoutMs: 180_000,
        ready: (status) => status === 200,
      })
    },
    async kill(tag, signal) {
      const { service, running } = entry(tag)
      if (!running || !service?.pid) throw new Error(`${tag} is not running`)
      process.kill(-service.pid, signal)
      await service.stop(5_000)
    },
  }
}
