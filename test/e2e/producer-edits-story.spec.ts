// A producer tells their product's story in the portal and shoppers read it on the product
// page; a product a producer adds stays hidden from shoppers until an officer certifies it.
import { expect, test, type Page } from "@playwright/test"
import { adminFetch, certificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { authPost, bearer, unique } from "../support/auth-api"
import { backendUrl } from "../support/env"
import { openProducerSection } from "../support/portals"
import { storeFetch } from "../support/store-api"

/** The demo producer account; created and approved here when the seed has not made it. */
const PRODUCER = { email: "producer@ocop.vn", password: "Ocop@2026" }

function producerGet(token: string, path: string) {
  return fetch(new URL(path, backendUrl()), { headers: { authorization: `Bearer ${token}` } })
}

/** The producer of a product shoppers can buy, so the account has a listed product. */
async function producerWithListedProduct(): Promise<string> {
  const { products } = await expectJson(await storeFetch("/store/ocop/products?limit=1"), 200)
  const handle: string = products[0].producer.handle
  for (let offset = 0; ; offset += 200) {
    const { producers, count } = await expectJson(
      await adminFetch(`/admin/ocop/producers?limit=200&offset=${offset}`),
      200,
    )
    const found = producers.find((producer: { handle: string }) => producer.handle === handle)
    if (found) return found.id
    if (offset + 200 >= count) throw new Error(`producer ${handle} is not in the admin list`)
  }
}

/** Logs the demo producer in over the API, registering and approving the account if needed. */
async function demoProducerToken(): Promise<string> {
  let login = await authPost("/auth/producer/emailpass", PRODUCER)
  if (login.status === 401) {
    const { token } = await expectJson(
      await authPost("/auth/producer/emailpass/register", PRODUCER),
      200,
    )
    await expectJson(
      await authPost(
        "/producer/account",
        {
          first_name: "Hoa",
          last_name: "Trần Thị",
          phone: "0905123456",
          requested_producer_name: "Chủ thể OCOP mẫu",
        },
        bearer(token),
      ),
      201,
    )
    login = await authPost("/auth/producer/emailpass", PRODUCER)
  }
  const { token } = await expectJson(login, 200)
  const { producer_user } = await expectJson(await producerGet(token, "/producer/me"), 200)
  if (producer_user.status !== "approved" || !producer_user.producer_id) {
    await expectJson(
      await adminFetch(
        `/admin/ocop/producer-users/${producer_user.id}`,
        post({ status: "approved", producer_id: await producerWithListedProduct() }),
      ),
      200,
    )
  }
  return token
}

async function logIn(page: Page) {
  await page.goto("/producer")
  await expect(page.getByRole("heading", { name: "Đăng nhập cổng người sản xuất" })).toBeVisible()
  await page.getByLabel("Email").fill(PRODUCER.email)
  await page.getByLabel("Mật khẩu").fill(PRODUCER.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible()
}

let token: string

test.beforeAll(async () => {
  token = await demoProducerToken()
})

test("a producer edits the story of one of their products and the product page shows it", async ({
  page,
}) => {
  await logIn(page)
  await openProducerSection(page, "Sản phẩm")
  await expect(page.getByRole("heading", { name: "Sản phẩm của tôi" })).toBeVisible()

  const listed = page.getByRole("listitem").filter({ hasText: "Đang bán" }).first()
  const title = (await listed.getByRole("heading", { level: 2 }).textContent())?.trim() ?? ""
  await listed.getByRole("link", { name: `Câu chuyện của ${title}` }).click()
  await expect(page.getByRole("heading", { name: `Câu chuyện sản phẩm: ${title}` })).toBeVisible()

  const productId = new URL(page.url()).pathname.split("/").at(-2) ?? ""
  const { product } = await expectJson(
    await producerGet(token, `/producer/products/${productId}`),
    200,
  )
  const marker = `Mùa thu hoạch ${unique()}`
  try {
    const vietnamese = page.getByRole("region", { name: "Tiếng Việt" })
    await vietnamese.getByLabel("Tiêu đề câu chuyện").fill(marker)
    await vietnamese
      .getByLabel("Nội dung câu chuyện")
      .fill(
        "Cả làng cùng <strong>thu hoạch</strong> vào tháng Mười.\n\nMỗi mẻ được phơi trên giàn tre.",
      )

    const preview = page.getByRole("region", { name: "Xem trước (Tiếng Việt)" })
    await expect(preview.getByRole("heading", { name: marker })).toBeVisible()
    await expect(preview.getByText("thu hoạch", { exact: true })).toBeVisible()

    await page.getByRole("button", { name: "Lưu câu chuyện" }).click()
    await expect(page.getByText("Đã lưu câu chuyện sản phẩm.")).toBeVisible()

    await page.getByRole("link", { name: "Xem trang sản phẩm trên sàn" }).click()
    await page.waitForURL((url) => url.pathname.startsWith("/products/"))
    const story = page.getByRole("article", { name: marker })
    await expect(story).toBeVisible()
    await expect(story.getByText("Mỗi mẻ được phơi trên giàn tre.")).toBeVisible()
    await expect(story.getByText("thu hoạch", { exact: true })).toBeVisible()
  } finally {
    // Put the demo story back as it was, so the catalogue stays the seeded one.
    const original = (product.stories as Record<string, unknown>[]).map(
      ({ locale, product_title, product_description, title, body, origin_place, video_url }) => ({
        locale,
        product_title,
        product_description,
        title,
        body,
        origin_place,
        video_url,
      }),
    )
    if (original.length) {
      await authPost(
        `/producer/products/${productId}/stories`,
        { stories: original },
        bearer(token),
      )
    }
  }
})

test("a new product stays invisible to shoppers until a programme officer certifies it", async ({
  page,
}) => {
  // Creates a product, certifies it and loads pages both sides of the gate: give it time.
  test.slow()
  const tag = unique()
  const title = `Mật ong bạc hà thử nghiệm ${tag}`
  const handle = `mat-ong-thu-nghiem-${tag}`
  await logIn(page)
  await page.getByRole("link", { name: "Thêm sản phẩm" }).click()
  await expect(
    page.getByText("Sản phẩm chỉ được bán trên sàn sau khi", { exact: false }),
  ).toBeVisible()

  await page.getByLabel("Tên sản phẩm").fill(title)
  await page.getByLabel("Đường dẫn (không bắt buộc)").fill(handle)
  await page.getByLabel("Tên loại").fill("Hũ 500 g")
  await page.getByLabel("Giá bán (đồng)").fill("150.000,5")
  await page.getByRole("button", { name: "Tạo sản phẩm" }).click()
  await expect(page.getByText("Giá phải là số đồng chẵn, không có phần lẻ.")).toBeVisible()
  await expect(page.getByLabel("Tên sản phẩm")).toHaveValue(title)

  await page.getByLabel("Giá bán (đồng)").fill("150.000")
  await page.getByRole("button", { name: "Tạo sản phẩm" }).click()
  await expect(page.getByText("Đã tạo sản phẩm.", { exact: false })).toBeVisible()
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible()
  await expect(page.getByText("Chưa bán", { exact: true })).toBeVisible()
  const productId = new URL(page.url()).pathname.split("/").at(-1) ?? ""

  try {
    const hidden = await page.goto(`/products/${handle}`)
    expect(hidden?.status()).toBe(404)

    await expectJson(
      await adminFetch(
        "/admin/ocop/certifications",
        post(
          certificate(productId, { stars: 3, score: 58, issuing_authority: "UBND tỉnh Quảng Nam" }),
        ),
      ),
      201,
    )
    const shown = await page.goto(`/products/${handle}`)
    expect(shown?.status()).toBe(200)
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible()
  } finally {
    await adminFetch(`/admin/products/${productId}`, { method: "DELETE" })
  }
})

test("a refused product form speaks Vietnamese: the backend's code, never its English", async ({
  page,
}) => {
  // Another of the producer's products already has this address: only the backend knows.
  const handle = `mat-ong-${unique()}`
  await expectJson(
    await authPost(
      "/producer/products",
      { title: "Mật ong rừng", handle, variants: [{ title: "Hũ 500 g", price: 150000 }] },
      bearer(token),
    ),
    201,
  )
  await logIn(page)
  await openProducerSection(page, "Sản phẩm")
  await page.getByRole("link", { name: "Thêm sản phẩm" }).click()
  await page.getByLabel("Tên sản phẩm").fill("Mật ong rừng U Minh")
  await page.getByLabel("Đường dẫn (không bắt buộc)").fill(handle)
  await page.getByLabel("Tên loại").fill("Hũ 500 g")
  await page.getByLabel("Giá bán (đồng)").fill("150.000")
  await page.getByRole("button", { name: "Tạo sản phẩm" }).click()

  await expect(page.getByText("Vui lòng sửa các ô được đánh dấu bên dưới.")).toBeVisible()
  await expect(page.getByText("Đường dẫn này đã có sản phẩm khác dùng.")).toBeVisible()
  await expect(page.getByLabel("Đường dẫn (không bắt buộc)")).toHaveValue(handle)
  await expect(page.getByText(/already exists/i)).toHaveCount(0)
})

/** A variant of a listed product of another producer than the demo account's. */
async function anotherProducersVariant(): Promise<string> {
  const { producer_user } = await expectJson(await producerGet(token, "/producer/me"), 200)
  const { products } = await expectJson(await storeFetch("/store/ocop/products?limit=50"), 200)
  const theirs = (products as { handle: string; producer: { id: string } }[]).find(
    (product) => product.producer.id !== producer_user.producer_id,
  )
  if (!theirs) throw new Error("the catalogue has no product of another producer")
  const { product } = await expectJson(
    await storeFetch(`/store/ocop/products/${encodeURIComponent(theirs.handle)}`),
    200,
  )
  return product.variants[0].id
}

test("a variant of another producer's product is refused in Vietnamese (unknown_variant), never the backend's English", async ({
  page,
}) => {
  const { product } = await expectJson(
    await authPost(
      "/producer/products",
      {
        title: "Mật ong rừng",
        handle: `mat-ong-${unique()}`,
        variants: [{ title: "Hũ 500 g", price: 150000 }],
      },
      bearer(token),
    ),
    201,
  )
  const foreignVariant = await anotherProducersVariant()
  try {
    await logIn(page)
    await page.goto(`/producer/products/${product.id}`)
    await expect(page.getByRole("heading", { name: "Mật ong rừng", level: 1 })).toBeVisible()
    // The form only sends its own variants' ids: a hidden field tampered with as the form is
    // sent (after hydration could reset it) stands in for a forged POST.
    await page.evaluate((id) => {
      const field = document.querySelector<HTMLInputElement>('input[name="variants[0].id"]')
      if (!field?.form) throw new Error("the edit form has no hidden variant id")
      field.form.addEventListener("submit", () => (field.value = id), { capture: true })
    }, foreignVariant)
    await page.getByRole("button", { name: "Lưu sản phẩm" }).click()

    await expect(
      page.getByText("Một quy cách không còn trong sản phẩm này", { exact: false }),
    ).toBeVisible()
    await expect(page.getByText(/not found on this product/i)).toHaveCount(0)
  } finally {
    await adminFetch(`/admin/products/${product.id}`, { method: "DELETE" })
  }
})
