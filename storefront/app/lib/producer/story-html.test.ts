import { describe, expect, test } from "vitest"
import { parseStoryHtml, storyBodyHtml, storyBodyInput, type StoryNode } from "./story-html.ts"

/** The tree back as HTML, to compare with what the preview will render. */
function html(nodes: StoryNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.text
      const attributes = Object.entries(node.attributes)
        .map(([name, value]) => ` ${name}="${value}"`)
        .join("")
      if (node.tag === "br" || node.tag === "img") return `<${node.tag}${attributes}>`
      return `<${node.tag}${attributes}>${html(node.children)}</${node.tag}>`
    })
    .join("")
}

describe("the story preview keeps only what the backend keeps", () => {
  test("formatting, lists and links survive", () => {
    const body =
      '<p>Quế <strong>Trà My</strong></p><ul><li>vỏ dày</li></ul><a href="https://example.vn">web</a>'
    expect(html(parseStoryHtml(body))).toBe(body)
  })

  test("scripts, styles and iframes disappear with their content", () => {
    const body =
      '<p>Ngon</p><script>alert("x")</script><style>p{}</style><iframe src="https://x"></iframe>'
    expect(html(parseStoryHtml(body))).toBe("<p>Ngon</p>")
  })

  test("event handlers, inline styles and javascript: links are dropped", () => {
    const body =
      '<p onclick="steal()" style="color:red"><a href="javascript:alert(1)" title="t">x</a></p><img src="x" onerror="steal()">'
    expect(html(parseStoryHtml(body))).toBe('<p><a title="t">x</a></p>')
  })

  test("unknown tags vanish but their text stays; entities are decoded for React to escape", () => {
    expect(html(parseStoryHtml("<div><span>Bưởi &amp; quế</span></div>"))).toBe("Bưởi & quế")
    expect(parseStoryHtml("&lt;script&gt;")).toEqual([{ type: "text", text: "<script>" }])
  })

  test("unclosed and stray closing tags do not break the tree", () => {
    expect(html(parseStoryHtml("<p><strong>đậm</p>sau</em>"))).toBe(
      "<p><strong>đậm</strong></p>sau",
    )
  })

  test("images keep only http(s) sources and numeric sizes", () => {
    const body = '<img src="https://cdn.example.vn/a.jpg" alt="Vườn quế" width="640" height="50%">'
    expect(html(parseStoryHtml(body))).toBe(
      '<img src="https://cdn.example.vn/a.jpg" alt="Vườn quế" width="640">',
    )
  })
})

describe("the story body a producer types", () => {
  test("plain text becomes paragraphs, escaped", () => {
    expect(storyBodyHtml("Dòng một\ndòng hai\n\nĐoạn <2> & hết")).toBe(
      "<p>Dòng một<br>dòng hai</p>\n<p>Đoạn &lt;2&gt; &amp; hết</p>",
    )
  })

  test("inline HTML stays inside the paragraphs, unescaped", () => {
    expect(storyBodyHtml("Cả làng <strong>thu hoạch</strong>.\n\nĐoạn hai")).toBe(
      "<p>Cả làng <strong>thu hoạch</strong>.</p>\n<p>Đoạn hai</p>",
    )
  })

  test("a story laid out with block tags is sent as typed (the backend sanitises it)", () => {
    expect(storyBodyHtml("<p>Có <em>HTML</em></p>\n<ul><li>một</li></ul>")).toBe(
      "<p>Có <em>HTML</em></p>\n<ul><li>một</li></ul>",
    )
  })

  test("a saved story of paragraphs is edited as the producer typed it", () => {
    const typed = "Dòng một\ndòng hai\n\nĐoạn <2> & hết"
    expect(storyBodyInput(storyBodyHtml(typed))).toBe(typed)
    const inline = "Cả làng <strong>thu hoạch</strong> &amp; phơi.\n\nĐoạn hai"
    expect(storyBodyInput(storyBodyHtml(inline))).toBe(inline)
  })

  test("a story with lists or headings is edited as HTML", () => {
    const html = "<p>Mở đầu</p><ul><li>một</li></ul>"
    expect(storyBodyInput(html)).toBe(html)
  })
})
