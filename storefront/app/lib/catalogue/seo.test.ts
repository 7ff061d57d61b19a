import { expect, test } from "vitest"
import type { ProductDetail } from "@ocop/shared"
import { productJsonLd, seoMeta } from "./seo.ts"

const coffee = {
  handle: "ca-phe-robusta-buon-ma-thuot",
  title: "Buon Ma Thuot Robusta ground coffee",
  description: "Ripe-picked Robusta, plain-roasted.",
  thumbnail: null,
  images: [{ id: "img_1", url: "https://cdn.ocop.vn/ca-phe.jpg" }],
  price: { amount: 85000, currency_code: "vnd" },
  variants: [
    {
      id: "variant_250",
      title: "250 g",
      sku: "CA-PHE-1",
      price: { amount: 85000, currency_code: "vnd" },
    },
    {
      id: "variant_1kg",
      title: "1 kg",
      sku: "CA-PHE-3",
      price: { amount: 300000, currency_code: "vnd" },
    },
  ],
  availability: [{ available: 12 }],
  producer: { name: "Công ty TNHH Cà phê Ban Mê" },
} as unknown as ProductDetail

const url = "https://ocop.vn/en/products/ca-phe-robusta-buon-ma-thuot"

test("JSON-LD Product: name, image, the producer as brand, offers in whole đồng", () => {
  expect(productJsonLd(coffee, url)).toEqual({
    "@context": "https://schema.org",
    "@type": "Product",
    name: "Buon Ma Thuot Robusta ground coffee",
    description: "Ripe-picked Robusta, plain-roasted.",
    image: ["https://cdn.ocop.vn/ca-phe.jpg"],
    sku: "CA-PHE-1",
    url,
    brand: { "@type": "Brand", name: "Công ty TNHH Cà phê Ban Mê" },
    offers: {
      "@type": "AggregateOffer",
      lowPrice: 85000,
      highPrice: 300000,
      offerCount: 2,
      priceCurrency: "VND",
      url,
      availability: "https://schema.org/InStock",
    },
  })
})

test("one price is a single Offer, and a fraction of a đồng never reaches the markup", () => {
  const single = {
    ...coffee,
    variants: [{ ...coffee.variants[0], price: { amount: 84999.6, currency_code: "vnd" } }],
    availability: [],
  } as unknown as ProductDetail
  expect(productJsonLd(single, url).offers).toEqual({
    "@type": "Offer",
    price: 85000,
    priceCurrency: "VND",
    url,
  })
})

test("private pages ask search engines to stay out; public ones name their canonical URL", () => {
  const meta = seoMeta({ title: "Cart", description: "…", noindex: true, canonical: url })
  expect(meta).toContainEqual({ name: "robots", content: "noindex, nofollow" })
  expect(meta).toContainEqual({ tagName: "link", rel: "canonical", href: url })
})
