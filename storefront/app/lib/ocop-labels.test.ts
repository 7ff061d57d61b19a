import { expect, test } from "vitest"
import { resources } from "#app/locales/index.ts"
import { certificateStateOn, groupLabelKey } from "./ocop-labels.ts"
import { productGroups } from "./ocop-types.ts"

test("every product group has a name in both languages", () => {
  for (const group of productGroups) {
    const [, key] = groupLabelKey(group).split(".") as [
      string,
      keyof typeof resources.vi.common.groups,
    ]
    expect(resources.vi.common.groups[key]).toBeTruthy()
    expect(resources.en.common.groups[key]).toBeTruthy()
  }
})

test("a certificate past its expiry date no longer certifies the product", () => {
  const now = new Date("2027-05-02T12:00:00Z")
  expect(certificateStateOn("2027-05-02T00:00:00Z", now)).toBe("expired")
  expect(certificateStateOn("2027-05-03T00:00:00Z", now)).toBe("active")
})
