import { expect, test } from "vitest"
import { resources } from "./index.ts"

const pluralSuffix = /_(zero|one|two|few|many|other)$/

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(pluralSuffix, "")}`],
  )
}

const namespaces = Object.keys(resources.vi) as (keyof typeof resources.vi)[]

test("both languages have the same namespaces", () => {
  expect(Object.keys(resources.en).sort()).toEqual([...namespaces].sort())
  expect(namespaces).toEqual(expect.arrayContaining(["common", "fairs", "producer", "staff"]))
})

// Every text exists in Vietnamese and in English, in every namespace (shop, fairs, portals).
test.each(namespaces)("every %s text has both a Vietnamese and an English version", (ns) => {
  const vi = new Set(keys(resources.vi[ns]))
  const en = new Set(keys(resources.en[ns]))
  expect([...vi].filter((key) => !en.has(key))).toEqual([])
  expect([...en].filter((key) => !vi.has(key))).toEqual([])
})
