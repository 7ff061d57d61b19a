import { describe, expect, test } from "vitest"
import { PRODUCER_REFUSAL_CODES } from "../../../../plugins/medusa-plugin-ocop/src/api/refusal-codes.ts"
import enProducer from "../../locales/en/producer.json"
import viProducer from "../../locales/vi/producer.json"
import {
  accountBody,
  productCreateBody,
  productFormValues,
  productUpdateBody,
  productValues,
  refusalCodeKeys,
  refusalErrors,
  RegisterForm,
  splitFullName,
  storiesBody,
  storiesFormValues,
  storiesValues,
  type ProductValues,
  type StoriesValues,
} from "./forms.ts"
import type { ProducerProductDetail } from "./types.ts"

function formData(entries: [string, string][]): FormData {
  const form = new FormData()
  for (const [name, value] of entries) form.append(name, value)
  return form
}

const product: ProducerProductDetail = {
  id: "prod_1",
  handle: "que-tra-my",
  title: "Quế Trà My",
  subtitle: null,
  description: "Quế vỏ khô",
  status: "published",
  thumbnail: "https://cdn.example.vn/1.jpg",
  images: [
    { id: "img_1", url: "https://cdn.example.vn/1.jpg" },
    { id: "img_2", url: "https://cdn.example.vn/2.jpg" },
  ],
  variants: [{ id: "variant_1", title: "Hộp 200 g", sku: "QTM-200", weight: 200, price: 85_000 }],
  listed: true,
  stories: [],
  certifications: [],
}

describe("the new product form becomes the API's create body", () => {
  test("variants come in order from their indexed fields, prices in whole đồng", () => {
    const values = productValues(
      formData([
        ["title", "  Mật ong bạc hà "],
        ["handle", ""],
        ["description", ""],
        ["variants[1].title", "Chai 500 ml"],
        ["variants[1].price", "150.000"],
        ["variants[1].weight", ""],
        ["variants[1].sku", ""],
        ["variants[0].title", "Chai 250 ml"],
        ["variants[0].price", "85000"],
        ["variants[0].weight", "300"],
        ["variants[0].sku", "MO-250"],
      ]),
    )
    expect(productCreateBody(values)).toEqual({
      ok: true,
      body: {
        title: "Mật ong bạc hà",
        handle: undefined,
        description: undefined,
        variants: [
          { title: "Chai 250 ml", price: 85_000, weight: 300, sku: "MO-250" },
          { title: "Chai 500 ml", price: 150_000, weight: undefined, sku: undefined },
        ],
      },
    })
  })

  test("each mistake is reported at its own field, by path", () => {
    const values: ProductValues = {
      title: "",
      handle: "Mật Ong",
      subtitle: "",
      description: "",
      thumbnail: "",
      images: [],
      variants: [
        { id: "", title: "Chai", sku: "", price: "85000.5", weight: "1,5" },
        { id: "", title: "", sku: "", price: "500", weight: "" },
      ],
    }
    const parsed = productCreateBody(values)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors).toEqual({
      title: "errors.required",
      handle: "errors.handle",
      "variants.0.price": "errors.price.fraction",
      "variants.0.weight": "errors.weight",
      "variants.1.title": "errors.required",
      "variants.1.price": "errors.price.tooSmall",
    })
  })

  test("a product needs at least one variant", () => {
    const parsed = productCreateBody({ ...productFormValues(product), variants: [] })
    expect(parsed.ok ? null : parsed.errors.variants).toBe("errors.required")
  })
})

describe("the edit form becomes the API's update body", () => {
  test("the form starts from the product, prices written the Vietnamese way", () => {
    const values = productFormValues(product)
    expect(values.variants).toEqual([
      { id: "variant_1", title: "Hộp 200 g", sku: "QTM-200", price: "85.000", weight: "200" },
    ])
    expect(values.images).toEqual(["https://cdn.example.vn/1.jpg", "https://cdn.example.vn/2.jpg"])
  })

  test("variants are edited by id; blanks clear the optional texts; only known fields are sent", () => {
    const parsed = productUpdateBody({
      ...productFormValues(product),
      subtitle: "  ",
      description: "",
    })
    expect(parsed).toEqual({
      ok: true,
      body: {
        title: "Quế Trà My",
        subtitle: null,
        description: null,
        thumbnail: "https://cdn.example.vn/1.jpg",
        images: [{ url: "https://cdn.example.vn/1.jpg" }, { url: "https://cdn.example.vn/2.jpg" }],
        variants: [
          { id: "variant_1", title: "Hộp 200 g", sku: "QTM-200", price: 85_000, weight: 200 },
        ],
      },
    })
  })

  test("removing the cover photo makes the next kept photo the cover", () => {
    const values = { ...productFormValues(product), images: ["https://cdn.example.vn/2.jpg"] }
    const parsed = productUpdateBody(values)
    expect(parsed.ok && parsed.body.thumbnail).toBe("https://cdn.example.vn/2.jpg")
    const none = productUpdateBody({ ...values, images: [] })
    expect(none.ok && none.body.thumbnail).toBe(null)
  })

  test("a fractional price is refused before it reaches the API", () => {
    const values = productFormValues(product)
    const parsed = productUpdateBody({
      ...values,
      variants: [{ ...values.variants[0]!, price: "99.000,5" }],
    })
    expect(parsed.ok ? null : parsed.errors).toEqual({
      "variants.0.price": "errors.price.fraction",
    })
  })
})

describe("the story form", () => {
  const filled: StoriesValues = {
    vi: {
      product_title: "Quế Trà My",
      product_description: "",
      title: "Rừng quế",
      body: "Đoạn một\n\nĐoạn hai",
      origin_place: "Trà Mai, Quảng Nam",
      video_url: "",
    },
    en: {
      product_title: "",
      product_description: "",
      title: "",
      body: "",
      origin_place: "",
      video_url: "",
    },
  }

  test("sends Vietnamese only while English is blank, the body as paragraphs", () => {
    expect(storiesBody(filled)).toEqual({
      ok: true,
      body: {
        stories: [
          {
            locale: "vi",
            product_title: "Quế Trà My",
            product_description: null,
            title: "Rừng quế",
            body: "<p>Đoạn một</p>\n<p>Đoạn hai</p>",
            origin_place: "Trà Mai, Quảng Nam",
            video_url: null,
          },
        ],
      },
    })
  })

  test("a started English story needs its titles and body; video links must be web links", () => {
    const parsed = storiesBody({
      vi: { ...filled.vi, video_url: "youtube" },
      en: { ...filled.en, title: "Cinnamon forest" },
    })
    expect(parsed.ok ? null : parsed.errors).toEqual({
      "vi.video_url": "errors.url",
      "en.product_title": "errors.required",
      "en.body": "errors.required",
    })
  })

  test("reads the fields named by language", () => {
    const values = storiesValues(
      formData([
        ["vi.title", "Rừng quế"],
        ["en.title", "Forest"],
      ]),
    )
    expect(values.vi.title).toBe("Rừng quế")
    expect(values.en.title).toBe("Forest")
    expect(values.en.body).toBe("")
  })

  test("starts from the saved stories, or from the product's title in Vietnamese", () => {
    expect(storiesFormValues(product).vi.product_title).toBe("Quế Trà My")
    expect(storiesFormValues(product).en.product_title).toBe("")
    const saved = storiesFormValues({
      ...product,
      stories: [
        {
          id: "ocst_1",
          locale: "en",
          product_title: "Trà My cinnamon",
          product_description: null,
          title: "Forest",
          body: "<p>One &amp; two</p>",
          origin_place: null,
          video_url: null,
        },
      ],
    })
    expect(saved.en).toMatchObject({
      product_title: "Trà My cinnamon",
      body: "One & two",
      origin_place: "",
    })
  })
})

describe("registration", () => {
  test("a Vietnamese full name splits with the given name last", () => {
    expect(splitFullName("Trần Thị Hoa")).toEqual({ first_name: "Hoa", last_name: "Trần Thị" })
    expect(splitFullName("  Hoa ")).toEqual({ first_name: "Hoa", last_name: null })
  })

  test("the account body asks for the producer to manage, with phone and registration number", () => {
    const registration = RegisterForm.parse({
      email: " Hoa@Example.VN ",
      password: "mat-khau-dai",
      name: "Trần Thị Hoa",
      phone: "0905 123 456",
      producer_name: "HTX Quế Trà My",
      registration_number: "",
    })
    expect(registration.email).toBe("hoa@example.vn")
    expect(accountBody(registration)).toEqual({
      first_name: "Hoa",
      last_name: "Trần Thị",
      phone: "0905 123 456",
      requested_producer_name: "HTX Quế Trà My",
      requested_registration_number: null,
    })
  })

  test("short passwords and malformed phones are refused", () => {
    const parsed = RegisterForm.safeParse({
      email: "hoa@example.vn",
      password: "short",
      name: "Hoa",
      phone: "abc",
      producer_name: "HTX",
      registration_number: "",
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["password", "errors.passwordTooShort"],
      ["phone", "errors.phone"],
    ])
  })
})

describe("the API's refusals are shown by code, in the page's language", () => {
  const catalogues = { vi: viProducer, en: enProducer }
  const lookup = (catalogue: unknown, key: string) =>
    key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue)

  test("every code the producer API can send has a Vietnamese and an English message", () => {
    for (const code of PRODUCER_REFUSAL_CODES) {
      const [key] = Object.values(refusalErrors({ code, field: "title" }))
      expect(key, code).toBe(refusalCodeKeys[code])
      for (const [locale, catalogue] of Object.entries(catalogues)) {
        expect(typeof lookup(catalogue, key ?? ""), `${locale} ${code} ${key}`).toBe("string")
      }
    }
  })

  test("a code points at its field; a price's own messages speak of đồng", () => {
    expect(refusalErrors({ code: "too_long", field: "title" })).toEqual({ title: "errors.tooLong" })
    expect(refusalErrors({ code: "not_whole", field: "variants.0.price" })).toEqual({
      "variants.0.price": "errors.price.fraction",
    })
    expect(refusalErrors({ code: "too_small", field: "variants.1.price" })).toEqual({
      "variants.1.price": "errors.price.tooSmall",
    })
    expect(refusalErrors({ code: "unsafe_text", field: "variants.1.title" })).toEqual({
      "variants.1.title": "errors.unsafeText",
    })
    expect(refusalErrors({ code: "media_url", field: "images.3.url" })).toEqual({
      images: "errors.url",
    })
  })

  test("a variant that is no longer the product's is the whole form's, since its id is hidden", () => {
    expect(refusalErrors({ code: "unknown_variant", field: "variants.1.id" })).toEqual({
      form: "errors.unknownVariant",
    })
    expect(viProducer.errors.unknownVariant).toMatch(/quy cách/)
  })

  test("an unknown code, no code or a field the form lacks is the whole form's, translated", () => {
    expect(refusalErrors({ code: "brand_new_code", field: "title" })).toEqual({
      form: "errors.rejected",
    })
    expect(refusalErrors({ code: null, field: null })).toEqual({ form: "errors.rejected" })
    expect(refusalErrors({ code: "toString", field: "title" })).toEqual({ form: "errors.rejected" })
    expect(refusalErrors({ code: "unknown_field", field: "status" })).toEqual({
      form: "errors.rejected",
    })
  })
})
