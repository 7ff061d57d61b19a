import { expect, test } from "vitest"
import { resources } from "#app/locales/index.ts"
import { groupLabelKey } from "./ocop-labels.ts"
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
