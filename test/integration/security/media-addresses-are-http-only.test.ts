// A product's pictures and a story's video are http(s) addresses: `javascript:`, `data:`,
// `vbscript:` and addresses without a scheme are refused with a 400 that names the field, and
// nothing is stored (issue #15, finding 9). Before, the producer and admin validators took any
// string that parsed as a URL.
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { databaseUrl } from "../../support/env"
import { postStories, producerFetch, registerProducerUser } from "../../support/producer-api"
import { unique } from "../../support/auth-api"

const db = new pg.Client({ connectionString: databaseUrl() })

let mine: Awaited<ReturnType<typeof createCandidateProduct>>
let token: string

beforeAll(async () => {
  await db.connect()
  mine = await createCandidateProduct("Trà shan tuyết")
  token = (await registerProducerUser(`producer-${unique()}@example.com`, mine.producer.id)).token
})
afterAll(() => db.end())

/** The product's thumbnail, its pictures and its stories' videos as stored. */
async function storedMedia() {
  const id = mine.product.id
  const [product, images, stories] = await Promise.all([
    db.query("select thumbnail from product where id = $1", [id]),
    db.query("select url from image where product_id = $1 and deleted_at is null order by url", [
      id,
    ]),
    db.query(
      "select locale, video_url from ocop_product_story where product_id = $1 and deleted_at is null",
      [id],
    ),
  ])
  return { thumbnail: product.rows[0].thumbnail, images: images.rows, stories: stories.rows }
}

const unsafe = [
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
  "vbscript:msgbox(1)",
  "//evil.example/a.png",
]

async function refused(res: Response, field: string) {
  const body = await expectJson(res, 400)
  expect(body).toMatchObject({ code: "media_url", field })
  expect(body.message).toContain(`'${field}'`)
  expect(body.message).toMatch(/http\(s\)/)
}

describe("media addresses are http(s) only", () => {
  it("refuses a producer's javascript: or data: picture and cover, and the product keeps its own", async () => {
    const before = await storedMedia()
    const path = `/producer/products/${mine.product.id}`
    for (const url of unsafe) {
      await refused(await producerFetch(token, path, post({ thumbnail: url })), "thumbnail")
      await refused(
        await producerFetch(
          token,
          path,
          post({ images: [{ url: "https://cdn.ocop.vn/a.jpg" }, { url }] }),
        ),
        "images.1.url",
      )
    }
    expect(await storedMedia()).toEqual(before)
  })

  it("refuses a javascript: video in a product story, and no story is written", async () => {
    const before = await storedMedia()
    const story = {
      locale: "vi",
      product_title: "Trà shan tuyết",
      title: "Chè cổ thụ",
      body: "<p>Ở Tà Xùa.</p>",
    }
    for (const video_url of unsafe) {
      await refused(
        await postStories(token, mine.product.id, [{ ...story, video_url }]),
        "stories.0.video_url",
      )
    }
    await refused(
      await adminFetch(
        `/admin/ocop/products/${mine.product.id}/stories`,
        post({ stories: [{ ...story, video_url: unsafe[0] }] }),
      ),
      "stories.0.video_url",
    )
    expect(await storedMedia()).toEqual(before)
  })

  it("refuses a javascript: cover or picture through Medusa's admin product route", async () => {
    const before = await storedMedia()
    const path = `/admin/products/${mine.product.id}`
    await refused(await adminFetch(path, post({ thumbnail: unsafe[0] })), "thumbnail")
    await refused(await adminFetch(path, post({ images: [{ url: unsafe[2] }] })), "images.0.url")
    expect(await storedMedia()).toEqual(before)
  })

  it("takes https pictures and an https video", async () => {
    const url = "https://cdn.ocop.vn/tra-shan-tuyet.jpg"
    await expectJson(
      await producerFetch(
        token,
        `/producer/products/${mine.product.id}`,
        post({ thumbnail: url, images: [{ url }] }),
      ),
      200,
    )
    const video_url = "https://www.youtube.com/watch?v=ocop"
    await expectJson(
      await postStories(token, mine.product.id, [
        {
          locale: "vi",
          product_title: "Trà",
          title: "Chè cổ thụ",
          body: "<p>x</p>",
          video_url,
        },
      ]),
      200,
    )
    expect(await storedMedia()).toMatchObject({
      thumbnail: url,
      images: [{ url }],
      stories: [{ locale: "vi", video_url }],
    })
  })
})
