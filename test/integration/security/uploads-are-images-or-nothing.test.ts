// Uploads are images or nothing: a producer's upload is judged by its bytes, not its declared
// type, and what is stored is a photo decoded and encoded again, without metadata or payload.
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { expectJson } from "../../support/http"
import { registerProducerUser } from "../../support/producer-api"
import {
  approvedProducer,
  gif,
  htmlPage,
  multipart,
  phonePhoto,
  photo,
  pngWithPayload,
  storedUploads,
  svgWithScript,
  upload,
} from "../../support/uploads"

let token: string

beforeAll(async () => {
  token = await approvedProducer()
})

/** Uploads, expects the status and machine code, and checks the file store did not change. */
async function expectRefused(form: FormData, status: number, code: string) {
  const before = storedUploads()
  const body = await expectJson(await upload(form, token), status)
  expect(body.code).toBe(code)
  expect(body.message).toEqual(expect.any(String))
  expect(storedUploads()).toEqual(before)
  return body
}

/** Uploads one file, expects 201, and returns the served bytes of what was stored. */
async function storedCopy(name: string, type: string, bytes: Uint8Array) {
  const { files } = await expectJson(await upload(multipart([{ name, type, bytes }]), token), 201)
  expect(files).toHaveLength(1)
  const served = await fetch(files[0].url)
  expect(served.status).toBe(200)
  return { url: files[0].url as string, bytes: Buffer.from(await served.arrayBuffer()) }
}

describe("uploads are images or nothing", () => {
  it("refuses an HTML page labelled image/png with 415 and stores nothing", async () => {
    const body = await expectRefused(
      multipart([{ name: "anh.png", type: "image/png", bytes: htmlPage }]),
      415,
      "unsupported_image_type",
    )
    expect(body.message).toMatch(/JPEG, PNG or WebP/)
  })

  it("refuses SVG, GIF and any other type by their bytes, whatever the declared type", async () => {
    for (const [name, type, bytes] of [
      ["logo.svg", "image/svg+xml", svgWithScript],
      ["logo.png", "image/png", svgWithScript],
      ["dong-ho.gif", "image/gif", gif],
      ["dong-ho.jpg", "image/jpeg", gif],
      ["bang-gia.pdf", "application/pdf", Buffer.from("%PDF-1.4\n%âãÏÓ\n")],
    ] as const) {
      await expectRefused(multipart([{ name, type, bytes }]), 415, "unsupported_image_type")
    }
  })

  it("refuses a file with a photo's magic number that does not decode, with 415", async () => {
    const png = await photo("png")
    const broken = Buffer.concat([png.subarray(0, 16), Buffer.alloc(200, 7)])
    await expectRefused(
      multipart([{ name: "hong.png", type: "image/png", bytes: broken }]),
      415,
      "unreadable_image",
    )
  })

  it("refuses the whole request when one of its files is not a photo: nothing is stored", async () => {
    await expectRefused(
      multipart([
        { name: "that.png", type: "image/png", bytes: await photo("png") },
        { name: "that.jpg", type: "image/jpeg", bytes: await photo("jpeg") },
        { name: "trang.png", type: "image/png", bytes: htmlPage },
      ]),
      415,
      "unsupported_image_type",
    )
  })

  it("stores a PNG carrying EXIF and an HTML payload re-encoded: it decodes, with neither", async () => {
    const original = await pngWithPayload()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const { url, bytes } = await storedCopy("da-ong.png", "image/png", original)
    expect(new URL(url).pathname).toMatch(/^\/uploads\/[^/]+\.png$/)
    const stored = await sharp(bytes).metadata()
    expect(stored.format).toBe("png")
    expect([stored.width, stored.height]).toEqual([64, 48])
    expect(stored.exif).toBeUndefined()
    expect(bytes.includes(Buffer.from("<script"))).toBe(false)
    expect(bytes.includes(Buffer.from("PhoneCo"))).toBe(false)
    // The picture itself survives, pixel for pixel (PNG is lossless).
    const pixels = (image: Buffer) => sharp(image).removeAlpha().raw().toBuffer()
    expect((await pixels(bytes)).equals(await pixels(original))).toBe(true)
  })

  it("turns a phone photo upright by its EXIF orientation and drops its camera and GPS", async () => {
    const original = await phonePhoto(80, 40)
    const { bytes } = await storedCopy("vuon-che.jpg", "image/jpeg", original)
    const stored = await sharp(bytes).metadata()
    expect(stored.format).toBe("jpeg")
    expect([stored.width, stored.height]).toEqual([40, 80])
    expect(stored.orientation).toBeUndefined()
    expect(stored.exif).toBeUndefined()
    expect(bytes.includes(Buffer.from("PhoneCo"))).toBe(false)
  })

  it("keeps WebP as WebP and caps a photo's long side at 2400 pixels", async () => {
    const { bytes } = await storedCopy(
      "toan-canh.webp",
      "image/webp",
      await photo("webp", 3000, 1200),
    )
    const stored = await sharp(bytes).metadata()
    expect(stored.format).toBe("webp")
    expect([stored.width, stored.height]).toEqual([2400, 960])
  })

  it("answers 401 to a caller who is not a signed-in producer, and 403 before approval", async () => {
    const form = () => multipart([{ name: "a.png", type: "image/png", bytes: htmlPage }])
    const before = storedUploads()
    expect((await upload(form())).status).toBe(401)
    expect((await upload(form(), "not-a-token")).status).toBe(401)
    const { token: pending } = await registerProducerUser(
      `pending-upload-${Date.now()}@example.com`,
    )
    expect((await upload(form(), pending)).status).toBe(403)
    expect(storedUploads()).toEqual(before)
  })
})
