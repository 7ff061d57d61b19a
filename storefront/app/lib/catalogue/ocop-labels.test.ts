import { expect, test } from "vitest"
import { resources } from "#app/locales/index.ts"
import { groupLabelKey } from "./ocop-labels.ts"
import { PRODUCT_GROUPS } from "@ocop/shared"

test("every product group has a name in both languages", () => {
  for (const group of PRODUCT_GROUPS) {
    const [, key] = groupLabelKey(group).split(".") as [
      string,
      keyof typeof resources.vi.common.groups,
    ]
    expect(resources.vi.common.groups[key]).toBeTruthy()
    expect(resources.en.common.groups[key]).toBeTruthy()
  }
})
