import { describe, expect, it } from "vitest"
import { foldedText, foldVietnamese, htmlToText } from "../text"

describe("Vietnamese folding for search", () => {
  it("removes tone and vowel marks, whatever the Unicode form", () => {
    expect(foldVietnamese("Quế Trà My")).toBe("que tra my")
    expect(foldVietnamese("Cà phê Buôn Ma Thuột")).toBe("ca phe buon ma thuot")
    expect(foldVietnamese("Cà phê".normalize("NFD"))).toBe(
      foldVietnamese("Cà phê".normalize("NFC")),
    )
    expect(foldVietnamese("Ưu đãi Ơn Ỹ")).toBe("uu dai on y")
  })

  it("spells đ and Đ as d, which no Unicode decomposition does", () => {
    expect("Đ".normalize("NFD")).toBe("Đ")
    expect(foldVietnamese("ĐẮK LẮK đỏ")).toBe("dak lak do")
  })

  it("joins only the parts that have text, each distinct text once", () => {
    expect(foldedText("Tiêu", null, "", "  ", undefined, "Đỏ")).toBe("tieu do")
    expect(foldedText("Quế Trà My", "Que Tra My", "Tra My cinnamon")).toBe(
      "que tra my tra my cinnamon",
    )
  })
})

describe("story text for matching", () => {
  it("drops tags and entities, keeping paragraph and line breaks as spaces", () => {
    expect(htmlToText("<p>Cà phê &amp; <strong>mật ong</strong></p><p>Buôn</p>x<br>y")).toBe(
      "Cà phê mật ong Buôn x y",
    )
    expect(htmlToText("<script>alert(1)</script><ul><li>a</li><li>b</li></ul>")).toBe("a b")
  })
})
