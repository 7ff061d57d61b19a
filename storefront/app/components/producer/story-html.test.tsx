// @vitest-environment jsdom
import { render } from "@testing-library/react"
import { expect, test } from "vitest"
import { StoryHtml } from "./story-html.tsx"

test("the live preview renders allowed formatting and never runs typed script", () => {
  const { container } = render(
    <StoryHtml
      html={
        '<p>Quế <strong>Trà My</strong></p><img src="https://x.vn/a.jpg" onerror="window.hacked=1"><script>window.hacked=1</script><a href="javascript:alert(1)">x</a>'
      }
    />,
  )
  expect(container.querySelector("strong")?.textContent).toBe("Trà My")
  expect(container.querySelector("script")).toBeNull()
  expect(container.querySelector("img")?.getAttribute("onerror")).toBeNull()
  expect(container.querySelector("a")?.hasAttribute("href")).toBe(false)
  expect(container.innerHTML).not.toContain("hacked")
})

test("links open safely", () => {
  const { container } = render(<StoryHtml html={'<a href="https://htx.example.vn">HTX</a>'} />)
  expect(container.querySelector("a")?.getAttribute("rel")).toBe("noopener nofollow")
})
