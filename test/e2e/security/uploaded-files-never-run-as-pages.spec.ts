// Uploaded files never run as pages: in Chromium, a producer's photo opens as a picture, a web
// page disguised as a photo is refused with a message the producer can read, and a script
// inside a stored file never runs on the backend's origin (the admin dashboard's own).
import { expect, test, type Page } from "@playwright/test"
import { adminFetch, createCandidateProduct } from "../../support/admin-api"
import { expectJson } from "../../support/http"
import { PASSWORD, registerProducerUser } from "../../support/producer-api"
import {
  SCRIPT_MARK,
  htmlPage,
  multipart,
  photo,
  svgWithScript,
  type Part,
} from "../../support/uploads"

async function officerUpload(part: Part): Promise<string> {
  const { files } = await expectJson(
    await adminFetch("/admin/uploads", { method: "POST", body: multipart([part]) }),
    200,
  )
  return files[0].url
}

/** Opens a URL and reports whether any script of the document ran or reached the admin API. */
async function openAndWatch(page: Page, url: string) {
  const adminCalls: string[] = []
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/admin")) adminCalls.push(request.url())
  })
  const response = await page.goto(url)
  await page.waitForLoadState("load")
  // Give a script that would run after load the time to do it.
  await page.waitForTimeout(500)
  const marked = await page.evaluate(
    (mark) => document.documentElement?.getAttribute(mark) ?? null,
    SCRIPT_MARK,
  )
  return { status: response?.status(), marked, adminCalls }
}

test("a script inside a stored SVG or HTML file never runs on the backend's origin", async ({
  page,
}) => {
  const svg = await officerUpload({ name: "logo.svg", type: "image/svg+xml", bytes: svgWithScript })
  const svgOpened = await openAndWatch(page, svg)
  expect(svgOpened.status).toBe(200)
  expect(svgOpened.marked).toBeNull()
  expect(svgOpened.adminCalls).toEqual([])

  const html = await officerUpload({ name: "trang.html", type: "text/html", bytes: htmlPage })
  const htmlOpened = await openAndWatch(page, html)
  expect(htmlOpened.status).toBe(404)
  expect(htmlOpened.marked).toBeNull()
  expect(htmlOpened.adminCalls).toEqual([])
})

/** A new producer with a product of its own, signed in to the portal on that product's page. */
async function producerOnProductPage(page: Page) {
  const { producer, product } = await createCandidateProduct("Chè Trà My")
  const email = `photo-${Date.now().toString(36)}@example.com`
  await registerProducerUser(email, producer.id)
  await page.goto("/producer")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible()
  await page.goto(`/producer/products/${product.id}`)
  return product as { id: string; title: string }
}

test("a producer's photo opens as a picture; a web page disguised as a photo is refused", async ({
  page,
}) => {
  test.slow()
  const product = await producerOnProductPage(page)

  const chooser = page.getByLabel("Chọn ảnh từ máy")
  await chooser.setInputFiles({
    name: "vuon-che.png",
    mimeType: "image/png",
    buffer: await photo("png", 320, 240, "#5f9e47"),
  })
  await page.getByRole("button", { name: "Tải ảnh lên" }).click()
  await expect(page.getByText("Đã thêm 1 ảnh vào sản phẩm.")).toBeVisible()

  await page.reload()
  const picture = page.getByRole("img", { name: `${product.title}, ảnh 1` })
  await picture.scrollIntoViewIfNeeded()
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(320)
  const src = await picture.getAttribute("src")

  await chooser.setInputFiles({ name: "anh-dep.png", mimeType: "image/png", buffer: htmlPage })
  await page.getByRole("button", { name: "Tải ảnh lên" }).click()
  const progress = page.getByRole("list", { name: "Tiến độ tải ảnh" })
  await expect(progress.getByText("Chỉ nhận ảnh JPEG, PNG hoặc WebP.")).toBeVisible()
  await page.reload()
  await expect(page.getByRole("img", { name: `${product.title}, ảnh 2` })).toHaveCount(0)

  expect(src).toMatch(/\/uploads\/[^/]+\.png$/)
  const opened = await openAndWatch(page, src!)
  expect(opened.status).toBe(200)
  expect(await page.evaluate(() => document.contentType)).toBe("image/png")
  await expect(page.locator("img")).toHaveCount(1)
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("a web page disguised as a photo is refused with the portal's message", async ({ page }) => {
    test.slow()
    const product = await producerOnProductPage(page)
    await page.getByLabel("Chọn ảnh từ máy").setInputFiles({
      name: "anh-dep.jpg",
      mimeType: "image/jpeg",
      buffer: htmlPage,
    })
    await page.getByRole("button", { name: "Tải ảnh lên" }).click()
    await expect(page.getByRole("alert")).toHaveText("Chỉ nhận ảnh JPEG, PNG hoặc WebP.")
    await expect(page.getByRole("img", { name: `${product.title}, ảnh 1` })).toHaveCount(0)
  })
})
