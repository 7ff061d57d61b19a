// For the topology tests (npm run test:topology): the harness's fault endpoint and servers.
import { backendUrls } from "./env"

type Fault = "kill" | "start" | "restart-postgres" | "restart-redis"

/** Asks scripts/topology.ts to break (or mend) something; resolves once it is done. */
export async function fault(action: Fault, params: Record<string, string> = {}) {
  const control = process.env.OCOP_TOPOLOGY_CONTROL_URL
  if (!control) throw new Error("OCOP_TOPOLOGY_CONTROL_URL is not set: run npm run test:topology")
  const res = await fetch(`${control}/${action}?${new URLSearchParams(params)}`, { method: "POST" })
  if (res.status !== 204)
    throw new Error(`fault ${action} failed: ${res.status} ${await res.text()}`)
}

/** The server processes by harness tag: server-1 is BACKEND_URLS' first. */
export const servers = () =>
  backendUrls().map((url, index) => ({ url, tag: `server-${index + 1}` }))
