// docker-compose.yml stays true without a Docker engine: it is valid against the Compose
// Specification's JSON schema (vendored by the dclint package, no network), and it keeps the
// production shape the topology test runs and docs/operations.md describes: two server processes
// and exactly one worker on Redis, readiness healthchecks, migrate then bootstrap before any backend,
// and every variable it reads documented in .env.example.
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import Ajv from "ajv"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"

const require = createRequire(import.meta.url)
const repoRoot = new URL("../../", import.meta.url)
const read = (file: string) => readFileSync(new URL(file, repoRoot), "utf8")
const schemaFile = path.join(
  path.dirname(require.resolve("dclint/package.json")),
  "schemas/compose.schema.json",
)

interface Service {
  image?: string
  command?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test?: string[]; disable?: boolean }
  volumes?: string[]
  ports?: string[]
}
const composeText = read("docker-compose.yml")
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service> }
const services = Object.entries(compose.services)
const backendImage = compose.services.backend?.image
const backends = services.filter(([, service]) => service.image === backendImage)
// The schema names draft-07 by its https address, which Ajv does not know: the meta-schema
// check is skipped, the schema itself is applied in full (formats aside, which it only hints).
const validate = new Ajv({ allErrors: true, strict: false, validateSchema: false }).compile(
  JSON.parse(readFileSync(schemaFile, "utf8")),
)
const byMode = (mode: string) =>
  backends.filter(([, service]) => service.environment?.MEDUSA_WORKER_MODE === mode)

describe("docker-compose.yml", () => {
  it("is valid against the Compose Specification schema", () => {
    const valid = validate(parse(composeText, { merge: true }))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it("rejects what compose would refuse, so the schema check can fail", () => {
    expect(validate({ services: { backend: { imagee: "ocop/backend" } } })).toBe(false)
    const condition = { migrate: { condition: "when_ready" } }
    expect(validate({ services: { backend: { image: "x", depends_on: condition } } })).toBe(false)
  })

  it("runs two HTTP servers and exactly one worker, all on Redis, like the topology test", () => {
    // scripts/topology.ts starts the same shape: two server processes and one worker.
    expect(byMode("server").map(([name]) => name)).toEqual(["backend", "backend-2"])
    expect(new Set(byMode("server").map(([, service]) => service.ports?.[0])).size).toBe(2)
    expect(byMode("worker").map(([name]) => name)).toEqual(["worker"])
    expect(byMode("worker")[0]?.[1].environment?.DISABLE_MEDUSA_ADMIN).toBe("true")
    for (const [name, service] of backends) {
      expect(service.environment?.REDIS_URL, name).toBe("redis://redis:6379")
      expect(service.environment?.DATABASE_URL, name).toMatch(/@postgres:5432\//)
    }
  })

  it("checks readiness (Postgres and Redis reachable) on every long-running backend process", () => {
    for (const [name, service] of [...byMode("server"), ...byMode("worker")]) {
      expect(service.healthcheck?.test?.join(" "), name).toContain("/health/ready")
    }
  })

  it("migrates, then bootstraps, before any backend process or the storefront starts", () => {
    expect(compose.services.migrate?.command?.slice(0, 2)).toEqual(["medusa", "db:migrate"])
    expect(compose.services.bootstrap?.depends_on?.migrate?.condition).toBe(
      "service_completed_successfully",
    )
    for (const [name, service] of [...byMode("server"), ...byMode("worker")]) {
      expect(service.depends_on?.bootstrap?.condition, name).toBe("service_completed_successfully")
    }
    const storefront = compose.services.storefront
    expect(storefront?.depends_on?.backend?.condition).toBe("service_healthy")
    expect(storefront?.depends_on?.bootstrap?.condition).toBe("service_completed_successfully")
  })

  it("reads only variables that .env.example documents", () => {
    const documented = new Set(
      [...read(".env.example").matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]),
    )
    const used = new Set([...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]))
    expect([...used].filter((name) => !documented.has(name))).toEqual([])
  })
})
