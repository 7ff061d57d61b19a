import { describe, expect, it } from "vitest"
import { stockLocationIds } from "../documents"
import { catalogue } from "./fixtures"

const level = (location_id: string, stocked: number, reserved = 0) => ({
  location_id,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
})

describe("search documents", () => {
  it("holds a place only when it can sell one unit now: on shelf minus reserved", () => {
    expect(
      stockLocationIds([
        {
          manage_inventory: true,
          inventory_items: [
            {
              required_quantity: 1,
              inventory: {
                location_levels: [level("sloc_b", 5), level("sloc_a", 3, 3), level("sloc_c", 2, 1)],
              },
            },
          ],
        },
      ]),
    ).toEqual(["sloc_b", "sloc_c"])
  })

  it("counts a bundle's required quantity, and skips variants without managed stock", () => {
    expect(
      stockLocationIds([
        {
          manage_inventory: true,
          inventory_items: [
            { required_quantity: 6, inventory: { location_levels: [level("sloc_a", 5)] } },
          ],
        },
        {
          manage_inventory: false,
          inventory_items: [
            { required_quantity: 1, inventory: { location_levels: [level("sloc_b", 9)] } },
          ],
        },
      ]),
    ).toEqual([])
  })

  it("keeps display text as written and folds only the matched fields", () => {
    const tho = catalogue.find((document) => document.id === "prod_06_tho_cam")!
    expect(tho.title).toBe("Khăn choàng thổ cẩm Cơ Tu")
    expect(tho.search_title).toBe("khan choang tho cam co tu co tu brocade shawl")
    expect(tho.search_story).toContain("det tay boi phu nu co tu o dong giang tay giang")
    expect(tho.search_story).not.toMatch(/<|&|nbsp|amp/)
  })
})
