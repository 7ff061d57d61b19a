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

test("every Vietnamese text has an English translation and the other way round", () => {
  const vi = new Set(keys(resources.vi.common))
  const en = new Set(keys(resources.en.common))
  expect([...vi].filter((key) => !en.has(key))).toEqual([])
  expect([...en].filter((key) => !vi.has(key))).toEqual([])
})
