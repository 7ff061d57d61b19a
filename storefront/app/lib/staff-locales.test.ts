import { expect, test } from "vitest"
import { resources } from "#app/locales/index.ts"

const pluralSuffix = /_(zero|one|two|few|many|other)$/

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(pluralSuffix, "")}`],
  )
}

test("every staff portal text exists in Vietnamese and in English", () => {
  const vi = new Set(keys(resources.vi.staff))
  const en = new Set(keys(resources.en.staff))
  expect([...vi].filter((key) => !en.has(key))).toEqual([])
  expect([...en].filter((key) => !vi.has(key))).toEqual([])
})
