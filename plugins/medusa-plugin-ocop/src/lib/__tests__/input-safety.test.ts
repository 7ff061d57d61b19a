import { describe, expect, it } from "vitest"
import { findUnsafeInput, isHttpUrl, isWholeUnits } from "../input-safety"

const request = (over: { path?: string; query?: unknown; body?: unknown }) =>
  findUnsafeInput({ path: "/store/products", query: {}, body: undefined, ...over })

describe("input safety: the checks every request passes before its route", () => {
  it("lets ordinary requests through", () => {
    expect(request({ query: { q: "cà phê", fields: "*variants" } })).toBeNull()
    expect(
      request({
        path: "/producer/products/prod_01",
        body: {
          title: "Mật ong rừng",
          description: "Dòng một\nDòng hai",
          thumbnail: "https://cdn.ocop.vn/a.jpg",
          images: [{ url: "http://localhost:9000/static/a.png" }],
          variants: [{ title: "500 g", price: 120000 }],
          metadata: { quantity: 0.5, thumbnail: "not a url" },
        },
      }),
    ).toBeNull()
  })

  it("names the query parameter or field that holds a control character", () => {
    expect(request({ query: { q: "a\u0000" } })).toMatchObject({
      code: "unsafe_text",
      field: "q",
      message: expect.stringMatching(
        /Query parameter 'q' contains a control character \(U\+0000\)/,
      ),
    })
    expect(request({ body: { variants: [{ title: "ok" }, { title: "x\u202Ey" }] } })).toMatchObject(
      { code: "unsafe_text", field: "variants.1.title" },
    )
    expect(request({ query: { filter: { deep: ["ok", "\u001b[31m"] } } })?.field).toBe(
      "filter.deep.1",
    )
  })

  it("checks keys too, and metadata's text", () => {
    expect(request({ body: { items: [{ "quan\u0000tity": 1 }] } })).toMatchObject({
      code: "unsafe_text",
      field: "items.0",
      message: expect.stringMatching(/has a key that contains a control character/),
    })
    expect(request({ body: { "\u202E": 1 } })?.message).toMatch(/The body has a key/)
    expect(request({ body: { metadata: { note: "\u0000" } } })?.field).toBe("metadata.note")
  })

  it("checks the address, decoded", () => {
    expect(request({ path: "/store/products/%00" })).toMatchObject({
      code: "unsafe_text",
      field: "path",
    })
    expect(request({ path: "/store/products/a%0Ab" })?.field).toBe("path")
    expect(request({ path: "/store/products/%E0%A4%A" })).toBeNull()
  })

  it("refuses a quantity that is not a whole number of units", () => {
    for (const quantity of [0.0001, 1.5, -1, 1e300 + 0.5]) {
      expect(request({ body: { items: [{ variant_id: "v", quantity }] } })).toMatchObject({
        code: "whole_units",
        field: "items.0.quantity",
        message: expect.stringMatching(/Quantities are whole units/),
      })
    }
    expect(request({ body: { stocked_quantity: 2.5 } })?.field).toBe("stocked_quantity")
    expect(request({ body: { quantity: 0 } })).toBeNull()
    expect(request({ body: { quantity: 3 } })).toBeNull()
  })

  it("refuses media addresses that are not http(s)", () => {
    for (const url of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:image/svg+xml;base64,PHN2Zz4=",
      "vbscript:msgbox(1)",
      "//evil.example/a.png",
      "/static/a.png",
      "file:///etc/passwd",
      "http://",
    ]) {
      expect(request({ body: { thumbnail: url } }), url).toMatchObject({
        code: "media_url",
        field: "thumbnail",
      })
    }
    expect(request({ body: { images: [{ url: "data:," }] } })?.field).toBe("images.0.url")
    expect(request({ body: { stories: [{ video_url: "javascript:x" }] } })?.field).toBe(
      "stories.0.video_url",
    )
    expect(request({ body: { thumbnail: null } })).toBeNull()
    expect(request({ body: { thumbnail: "" } })).toBeNull()
  })

  it("walks deep bodies without recursion", () => {
    let body: unknown = "\u0000"
    for (let depth = 0; depth < 50_000; depth++) body = [body]
    expect(request({ body })?.code).toBe("unsafe_text")
  })
})

describe("media addresses and whole units", () => {
  it("takes absolute http(s) addresses only", () => {
    expect(isHttpUrl("https://ocop.vn/a.jpg")).toBe(true)
    expect(isHttpUrl("http://localhost:9000/static/a.png")).toBe(true)
    expect(isHttpUrl(" javascript:alert(1)")).toBe(false)
    expect(isHttpUrl("java\tscript:alert(1)")).toBe(false)
  })

  it("takes whole units from a minimum", () => {
    expect(isWholeUnits(1, 1)).toBe(true)
    expect(isWholeUnits(0, 1)).toBe(false)
    expect(isWholeUnits(0.0001)).toBe(false)
    expect(isWholeUnits("2")).toBe(false)
    expect(isWholeUnits(2 ** 53)).toBe(false)
  })
})
