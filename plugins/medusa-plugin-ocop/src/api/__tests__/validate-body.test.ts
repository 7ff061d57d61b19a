import { describe, expect, test } from "vitest"
import { PRODUCER_REFUSAL_CODES } from "../refusal-codes"
import { refusalCode, refusalField } from "../validate-body"
import { ProducerCreateProduct, ProducerUpdateProduct } from "../producer/validators"

/** The first refusal of a body, as the producer API answers it. */
function refusal(schema: typeof ProducerUpdateProduct, body: unknown) {
  const result = schema.safeParse(body, { reportInput: true })
  const issue = result.error?.issues[0]
  return issue ? { code: refusalCode(issue), field: refusalField(issue) } : null
}

const variant = { title: "Hộp 500g", price: 85_000 }

describe("a producer refusal names a stable code and its field, never only English", () => {
  test("prices in whole đồng, within the programme's range", () => {
    const at = (price: number) =>
      refusal(ProducerUpdateProduct, { variants: [{ ...variant, price }] })
    expect(at(85_000.5)).toEqual({ code: "not_whole", field: "variants.0.price" })
    expect(at(500)).toEqual({ code: "too_small", field: "variants.0.price" })
    expect(at(2_000_000_000)).toEqual({ code: "too_large", field: "variants.0.price" })
  })

  test("texts: blank, too long, hidden characters; addresses; lists", () => {
    expect(refusal(ProducerUpdateProduct, { title: " " })).toEqual({
      code: "required",
      field: "title",
    })
    expect(refusal(ProducerUpdateProduct, { title: "a".repeat(301) })).toEqual({
      code: "too_long",
      field: "title",
    })
    expect(refusal(ProducerUpdateProduct, { title: "Trà\u202Esen" })).toEqual({
      code: "unsafe_text",
      field: "title",
    })
    expect(refusal(ProducerUpdateProduct, { thumbnail: "ftp://x.vn/a.jpg" })).toEqual({
      code: "invalid_url",
      field: "thumbnail",
    })
    expect(refusal(ProducerUpdateProduct, { variants: [] })).toEqual({
      code: "too_few",
      field: "variants",
    })
    expect(refusal(ProducerCreateProduct, { title: "Trà", variants: [variant] })).toBeNull()
    expect(refusal(ProducerUpdateProduct, { title: 7 })).toEqual({
      code: "invalid",
      field: "title",
    })
    expect(refusal(ProducerCreateProduct, { variants: [variant] })).toEqual({
      code: "required",
      field: "title",
    })
    expect(
      refusal(ProducerCreateProduct, { title: "Trà", handle: "Trà Sen", variants: [variant] }),
    ).toEqual({ code: "invalid_handle", field: "handle" })
    expect(refusal(ProducerUpdateProduct, { status: "published" })).toEqual({
      code: "unknown_field",
      field: "status",
    })
  })

  test("every code it sends is one of the published list", () => {
    const bodies = [{ title: 1 }, { variants: "x" }, { images: [{ url: 3 }] }, { title: " " }]
    for (const body of bodies) {
      const found = refusal(ProducerUpdateProduct, body)
      expect(PRODUCER_REFUSAL_CODES).toContain(found?.code)
    }
  })
})
