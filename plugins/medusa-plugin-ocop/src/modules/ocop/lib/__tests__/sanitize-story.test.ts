import { describe, expect, it } from "vitest"
import { sanitizeStory } from "../sanitize-story"

describe("product story HTML", () => {
  it("keeps formatting, links and images", () => {
    const html =
      '<p>Quế <strong>Trà My</strong> <a href="https://ocop.vn">xem</a></p><img src="https://ocop.vn/a.jpg" alt="quế">'
    expect(sanitizeStory(html)).toBe(
      '<p>Quế <strong>Trà My</strong> <a href="https://ocop.vn" rel="noopener nofollow">xem</a></p><img src="https://ocop.vn/a.jpg" alt="quế" />',
    )
  })

  it("removes scripts, event handlers and javascript: links", () => {
    const html =
      '<p onclick="steal()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><iframe src="https://evil"></iframe>'
    const clean = sanitizeStory(html)
    expect(clean).not.toMatch(/script|onclick|javascript:|iframe/)
    expect(clean).toContain("<p>Hi</p>")
  })
})
