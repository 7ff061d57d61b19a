// Uploaded files are served inert: only images, with the type their bytes show, under headers
// that stop a browser from sniffing them or running anything in them, on every address that
// serves uploads (the current /uploads and the /static of older data).
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch } from "../../support/admin-api"
import { expectJson } from "../../support/http"
import { backendUrl } from "../../support/env"
import { storeFetch } from "../../support/store-api"
import {
  approvedProducer,
  htmlPage,
  multipart,
  photo,
  svgWithScript,
  upload,
  type Part,
} from "../../support/uploads"

const STRICT = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'",
  "content-disposition": "inline",
  "cache-control": "public, max-age=31536000, immutable",
  "cross-origin-resource-policy": "cross-origin",
}

function headersOf(res: Response, names: string[]) {
  return Object.fromEntries(names.map((name) => [name, res.headers.get(name)]))
}

function expectStrict(res: Response, type: string) {
  expect(res.status).toBe(200)
  expect(headersOf(res, ["content-type", ...Object.keys(STRICT)])).toEqual({
    "content-type": type,
    ...STRICT,
  })
}

/** An officer's upload through Medusa's own admin route, which stores what it is given. */
async function officerUpload(part: Part): Promise<string> {
  const { files } = await expectJson(
    await adminFetch("/admin/uploads", { method: "POST", body: multipart([part]) }),
    200,
  )
  return files[0].url
}

let token: string

beforeAll(async () => {
  token = await approvedProducer()
})

describe("uploaded files are served inert", () => {
  it("serves a producer's photo with its sniffed type and the strict headers", async () => {
    const { files } = await expectJson(
      await upload(
        multipart([{ name: "trang.html", type: "image/jpeg", bytes: await photo("png") }]),
        token,
      ),
      201,
    )
    const url = new URL(files[0].url)
    expect(url.origin).toBe(new URL(backendUrl()).origin)
    expect(url.pathname).toMatch(/^\/uploads\/[^/]+\.png$/)
    const served = await fetch(url)
    expectStrict(served, "image/png")
    expect(
      Buffer.from(await served.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG")
  })

  it("serves the seed's pictures, at their address and at the older /static one, the same way", async () => {
    const { products } = await expectJson(
      await storeFetch("/store/products?handle=que-tra-my-thanh&fields=thumbnail"),
      200,
    )
    const thumbnail = new URL(products[0].thumbnail)
    const served = await fetch(thumbnail)
    expectStrict(served, "image/svg+xml")
    const svg = await served.text()
    expect(svg).toMatch(/^<svg /)
    const name = thumbnail.pathname.split("/").at(-1)
    const legacy = await fetch(new URL(`/static/${name}`, backendUrl()))
    expectStrict(legacy, "image/svg+xml")
    expect(await legacy.text()).toBe(svg)
  })

  it("never serves a file that is not an image, even one an officer uploaded", async () => {
    const url = await officerUpload({ name: "trang.html", type: "text/html", bytes: htmlPage })
    const served = await fetch(url)
    expect(served.status).toBe(404)
    expect(served.headers.get("content-type")).not.toMatch(/html/)
    expect(await served.text()).not.toContain("<script")
    const legacy = await fetch(
      new URL(`/static/${new URL(url).pathname.split("/").at(-1)}`, backendUrl()),
    )
    expect(legacy.status).toBe(404)
  })

  it("serves an SVG an officer uploaded as an image, sandboxed so its script cannot run", async () => {
    const url = await officerUpload({
      name: "logo.svg",
      type: "image/svg+xml",
      bytes: svgWithScript,
    })
    expectStrict(await fetch(url), "image/svg+xml")
  })

  it("refuses paths that leave the upload folder", async () => {
    for (const path of [
      "/uploads/..%2Fpackage.json",
      "/uploads/%2E%2E",
      "/static/..%2F..%2Fmedusa-config.js",
    ]) {
      const res = await fetch(new URL(path, backendUrl()))
      expect(res.status).toBe(404)
    }
  })

  it("lets only a signed-in officer download a product export, as an attachment", async () => {
    const started = new Date().toISOString()
    await expectJson(
      await adminFetch("/admin/products/export?handle=que-tra-my-thanh", { method: "POST" }),
      202,
    )
    let url: string | undefined
    for (let attempt = 0; attempt < 40 && !url; attempt++) {
      const { notifications } = await expectJson(
        await adminFetch("/admin/notifications?limit=20&order=-created_at"),
        200,
      )
      url = notifications.find(
        (n: { created_at: string; data?: { file?: { url?: string } } }) =>
          n.created_at >= started && n.data?.file?.url,
      )?.data.file.url
      if (!url) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(url).toBeDefined()
    const stranger = await fetch(url!)
    expect(stranger.status).toBe(404)
    expect(await stranger.text()).not.toContain("que-tra-my-thanh")
    const officer = await adminFetch(new URL(url!).pathname)
    expect(officer.status).toBe(200)
    expect(
      headersOf(officer, [
        "content-disposition",
        "x-content-type-options",
        "content-security-policy",
      ]),
    ).toEqual({
      "content-disposition": "attachment",
      "x-content-type-options": "nosniff",
      "content-security-policy": STRICT["content-security-policy"],
    })
    expect(await officer.text()).toContain("que-tra-my-thanh")
  })
})
