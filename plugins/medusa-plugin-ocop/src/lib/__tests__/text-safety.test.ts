import { describe, expect, it } from "vitest"
import { describeTextProblem, textProblem } from "../text-safety"

const line = { multiline: false }
const multi = { multiline: true }

describe("text safety: what text the marketplace accepts", () => {
  it("accepts Vietnamese and English text, emoji and typographic punctuation", () => {
    for (const value of [
      "Cà phê Buôn Ma Thuột – rang xay 500 g",
      "Nước mắm Phú Quốc “40 độ đạm” 🐟",
      "Honey from Đắk Lắk, 5★",
      "",
    ]) {
      expect(textProblem(value, line)).toBeNull()
    }
  })

  it("refuses a null byte and every other C0 control, DEL and the C1 controls", () => {
    const controls = [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]
    for (const code of controls) {
      const problem = textProblem(`a${String.fromCharCode(code)}b`, multi)
      expect(problem?.kind, `U+${code.toString(16)}`).toBe("control")
    }
    expect(textProblem("\u0000", multi)).toEqual({ kind: "control", character: "U+0000" })
  })

  it("refuses every bidirectional control character, the marks U+200E/U+200F included", () => {
    const bidi = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e]
    for (const code of [...bidi, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const problem = textProblem(`Mật ong ${String.fromCharCode(code)}rừng`, multi)
      expect(problem?.kind, `U+${code.toString(16)}`).toBe("bidi")
    }
    expect(textProblem("abc\u202Egnp.exe", line)?.character).toBe("U+202E")
  })

  it("keeps tab and line breaks in multi-line text, and refuses them on one line", () => {
    const story = "Dòng một\r\nDòng hai\n\tthụt lề"
    expect(textProblem(story, multi)).toBeNull()
    expect(textProblem(story, line)).toEqual({ kind: "line_break", character: "U+000D" })
    expect(textProblem("a\tb", line)?.kind).toBe("line_break")
  })

  it("refuses lone surrogates and accepts surrogate pairs", () => {
    expect(textProblem("a\uD800b", multi)?.kind).toBe("malformed")
    expect(textProblem("a\uDC00", multi)?.kind).toBe("malformed")
    expect(textProblem("\uD83D\uDC1F", multi)).toBeNull()
  })

  it("says what is wrong and which character", () => {
    expect(describeTextProblem({ kind: "control", character: "U+0000" })).toBe(
      "contains a control character (U+0000)",
    )
    expect(describeTextProblem({ kind: "bidi", character: "U+202E" })).toMatch(/direction/)
  })
})
