import { describe, expect, it } from "vitest"
import { csvCell, toCsv } from "../csv"

describe("CSV exports", () => {
  it("quote cells holding commas, quotes or line breaks", () => {
    expect(csvCell('HTX "Quế", Trà My')).toBe('"HTX ""Quế"", Trà My"')
    expect(csvCell("a\nb")).toBe('"a\nb"')
    expect(csvCell(null)).toBe("")
  })

  it("never let a spreadsheet run a name as a formula", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvCell(-5000)).toBe("-5000")
  })

  it("writes a header and one CRLF line per row", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n")
  })
})
