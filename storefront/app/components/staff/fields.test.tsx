// @vitest-environment jsdom
import { screen } from "@testing-library/react"
import { describe, expect, test } from "vitest"
import { renderInLocale } from "#tests/render.tsx"
import { UnitsCell } from "./fields.tsx"

function cell(errors: Record<string, "errors.moreThanReturnable">) {
  return (
    <table>
      <tbody>
        <tr>
          <UnitsCell
            list="returns"
            index={2}
            line={{ key: "item_id", id: "item_1" }}
            field="quantity"
            label="Return"
            item="Tea"
            values={{ "returns[2].quantity": "7" }}
            errors={errors}
          />
        </tr>
      </tbody>
    </table>
  )
}

describe("UnitsCell", () => {
  test("names its fields as the action parses them: <list>[i].<key> and <list>[i].<field>", async () => {
    const { container } = await renderInLocale(cell({}), "en")
    const input = await screen.findByRole("textbox", { name: "Return: Tea" })
    expect(input.getAttribute("name")).toBe("returns[2].quantity")
    expect(input.id).toBe("returns-2-quantity")
    const hidden = container.querySelector('input[type="hidden"]')
    expect(hidden?.getAttribute("name")).toBe("returns[2].item_id")
    expect(hidden?.getAttribute("value")).toBe("item_1")
  })

  test("keeps a refused submission's units and ties the line's error to the input", async () => {
    await renderInLocale(cell({ "returns.2.quantity": "errors.moreThanReturnable" }), "en")
    const input = await screen.findByRole("textbox", { name: "Return: Tea" })
    expect((input as HTMLInputElement).value).toBe("7")
    expect(input.getAttribute("aria-invalid")).toBe("true")
    expect(input.getAttribute("aria-describedby")).toBe("returns-2-quantity-error")
    expect(screen.getByText("More than can still be returned of this line.").id).toBe(
      "returns-2-quantity-error",
    )
  })
})
