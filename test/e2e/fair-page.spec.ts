// A shopper finds a fair on now, reads its catalog booth by booth and by product group, and
// prints it with a QR code per product: in Vietnamese and in English.
import { expect, test } from "@playwright/test"
import { expectJson } from "../support/http"
import { createFair, exhibit, organizer } from "../support/organizer-api"
import { storeFetch } from "../support/store-api"
import { snapshot } from "../support/shop"

const handle = "ca-phe-robusta-buon-ma-thuot"

type Fair = Awaited<ReturnType<typeof createFair>>
let fair: Fair

async function productTitle(locale: "vi" | "en") {
  const { product } = await expectJson(
    await storeFetch(`/store/ocop/products/${handle}?locale=${locale}`, {
      headers: { "x-medusa-locale": locale },
    }),
    200,
  )
  return product.title as string
}

/** An organiser opens a fair running now, with the Buôn Ma Thuột coffee at booth A01. */
test.beforeAll(async () => {
  const { product } = await expectJson(await storeFetch(`/store/ocop/products/${handle}`), 200)
  const token = await organizer()
  fair = await createFair(token)
  await exhibit(token, fair.id, { producer_id: product.producer.id, product_id: product.id })
})

const languages = [
  {
    locale: "vi" as const,
    prefix: "",
    browserLocale: "vi-VN",
    name: (slug: string) => `Hội chợ OCOP ${slug}`,
    text: {
      nav: "Hội chợ",
      live: "Đang diễn ra",
      booth: "Gian hàng A01",
      stars: "Sản phẩm OCOP 5 sao",
      views: "Cách xem danh mục",
      byGroup: "Theo nhóm sản phẩm",
      drink: "Đồ uống",
      boothTag: "Gian A01",
      print: "In danh mục",
      qr: (title: string) => `Mã QR tới trang sản phẩm ${title}`,
      notFound: "Không tìm thấy hội chợ",
    },
  },
  {
    locale: "en" as const,
    prefix: "/en",
    browserLocale: "en-US",
    name: (slug: string) => `OCOP fair ${slug}`,
    text: {
      nav: "Fairs",
      live: "On now",
      booth: "Booth A01",
      stars: "5-star OCOP product",
      views: "Catalog view",
      byGroup: "By product group",
      drink: "Drinks",
      boothTag: "Booth A01",
      print: "Print catalog",
      qr: (title: string) => `QR code to the page of ${title}`,
      notFound: "Fair not found",
    },
  },
]

for (const { locale, prefix, browserLocale, name, text } of languages) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale: browserLocale, viewport: { width: 1280, height: 900 } })

    test("a fair on now lists its booths and products, and prints a catalog with QR codes", async ({
      page,
    }, testInfo) => {
      test.setTimeout(90_000)
      const pageErrors: string[] = []
      page.on("pageerror", (error) => pageErrors.push(error.message))
      const title = await productTitle(locale)
      const fairName = name(fair.slug)

      await page.goto(prefix || "/")
      await page
        .getByRole("navigation", { name: locale === "vi" ? "Điều hướng chính" : "Main navigation" })
        .getByRole("link", { name: text.nav })
        .click()
      await expect(page).toHaveURL(new RegExp(`${prefix}/fairs$`))
      const live = page.getByRole("region", { name: text.live })
      await expect(live.getByRole("link", { name: fairName })).toBeVisible()
      await snapshot(page, testInfo, `fairs-${locale}`)

      await live.getByRole("link", { name: fairName }).click()
      await expect(page.getByRole("heading", { level: 1, name: fairName })).toBeVisible()
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        "href",
        new RegExp(`/en/fairs/${fair.slug}$`),
      )
      const jsonLd = await page.locator('script[type="application/ld+json"]').textContent()
      expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({ "@type": "Event", name: fairName })

      const booth = page.getByRole("region", { name: text.booth })
      await expect(booth.getByRole("link", { name: title })).toBeVisible()
      await expect(booth.getByText(text.stars)).toBeAttached()
      await expect(booth.getByRole("link", { name: "Công ty TNHH Cà phê Ban Mê" })).toHaveAttribute(
        "href",
        `${prefix}/producers/cong-ty-ca-phe-buon-ma-thuot`,
      )
      await snapshot(page, testInfo, `fair-${locale}`)

      await page
        .getByRole("navigation", { name: text.views })
        .getByRole("link", { name: text.byGroup })
        .click()
      const drinks = page.getByRole("region", { name: text.drink })
      await expect(drinks.getByRole("link", { name: title })).toBeVisible()
      await expect(drinks.getByText(text.boothTag)).toBeVisible()

      await page.setViewportSize({ width: 412, height: 915 })
      await snapshot(page, testInfo, `fair-groups-mobile-${locale}`)

      await page.getByRole("link", { name: text.print }).click()
      await expect(page).toHaveURL(new RegExp(`${prefix}/fairs/${fair.slug}/print$`))
      const printed = page.getByRole("region", { name: new RegExp(text.booth) })
      await expect(printed.getByRole("img", { name: text.qr(title) })).toBeVisible()
      await expect(printed.getByText(text.stars)).toBeAttached()
      await snapshot(page, testInfo, `print-mobile-${locale}`)
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.emulateMedia({ media: "print" })
      await expect(page.getByRole("navigation", { name: /./ }).first()).toBeHidden()
      await snapshot(page, testInfo, `print-${locale}`)
      expect(pageErrors, "the fair pages hydrate without errors").toEqual([])
    })

    test("an unknown fair is a 404 page", async ({ page }) => {
      const response = await page.goto(`${prefix}/fairs/khong-co-hoi-cho-nay`)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole("heading", { level: 1, name: text.notFound })).toBeVisible()
    })
  })
}
