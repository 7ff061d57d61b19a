// Compose hands the storefront its publishable key through a file the backend's bootstrap job
// writes (docker-compose.yml, OCOP_PUBLISHABLE_KEY_FILE): the storefront must read it when no
// key is set, and a key set by hand must still win.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { publishableKeyOf } from "./env.server"

const dir = mkdtempSync(path.join(tmpdir(), "ocop-key-"))
const file = path.join(dir, "publishable-key")
writeFileSync(file, "pk_handed_over\n")
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the publishable key", () => {
  it("is read from the file the bootstrap job wrote when none is set", () => {
    expect(publishableKeyOf({ MEDUSA_PUBLISHABLE_KEY_FILE: file })).toBe("pk_handed_over")
  })

  it("comes from MEDUSA_PUBLISHABLE_KEY when set", () => {
    expect(
      publishableKeyOf({ MEDUSA_PUBLISHABLE_KEY: "pk_set", MEDUSA_PUBLISHABLE_KEY_FILE: file }),
    ).toBe("pk_set")
  })

  it("is missing while the file is not written yet", () => {
    expect(publishableKeyOf({ MEDUSA_PUBLISHABLE_KEY_FILE: path.join(dir, "none") })).toBe(
      undefined,
    )
  })
})
