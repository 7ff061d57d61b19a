// @vitest-environment jsdom
import { screen } from "@testing-library/react"
import { describe, expect, test } from "vitest"
import { renderInLocale } from "#tests/render.tsx"
import { StarBadge } from "./star-badge.tsx"

describe("StarBadge", () => {
  test("tells screen readers the rating in Vietnamese", async () => {
    await renderInLocale(<StarBadge stars={4} />, "vi")
    expect(await screen.findByText("Sản phẩm OCOP 4 sao")).toBeTruthy()
  })

  test("tells screen readers the rating in English", async () => {
    await renderInLocale(<StarBadge stars={5} />, "en")
    expect(await screen.findByText("5-star OCOP product")).toBeTruthy()
  })

  test("shows one star glyph per star, hidden from screen readers", async () => {
    const { container } = await renderInLocale(<StarBadge stars={3} />, "en")
    await screen.findByText("3-star OCOP product")
    const glyphs = container.querySelector('[aria-hidden="true"]')
    expect(glyphs?.textContent).toBe("★★★")
  })
})
