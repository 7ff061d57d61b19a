import { crc32, deflateSync } from "node:zlib"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { preparePhoto, preparePhotos, UploadRefusal } from "../product-photos"

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid PNG start that claims width × height pixels, with a few bytes of picture data. */
function pngClaiming(width: number, height: number) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(100))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(UploadRefusal)
  return error as UploadRefusal
}

describe("a product photo is stored encoded again, or refused", () => {
  it("refuses a picture claiming more than 100 million pixels before decoding it", async () => {
    const error = await refusal(preparePhoto(pngClaiming(20_000, 20_000)))
    expect([error.status, error.code]).toEqual([413, "image_too_large"])
  })

  it("refuses a photo whose data is damaged", async () => {
    const error = await refusal(preparePhoto(pngClaiming(10, 10)))
    expect([error.status, error.code]).toEqual([415, "unreadable_image"])
  })

  it("refuses a request where any file is not a photo, before encoding any", async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .png()
      .toBuffer()
    const error = await refusal(preparePhotos([png, Buffer.from("<svg></svg>")]))
    expect([error.status, error.code]).toEqual([415, "unsupported_image_type"])
  })

  it("keeps the format and drops metadata", async () => {
    const jpeg = await sharp({ create: { width: 30, height: 20, channels: 3, background: "#123" } })
      .withExif({ IFD0: { Make: "PhoneCo" } })
      .jpeg()
      .toBuffer()
    const photo = await preparePhoto(jpeg)
    expect([photo.mimeType, photo.extension]).toEqual(["image/jpeg", "jpg"])
    const stored = await sharp(photo.content).metadata()
    expect([stored.format, stored.width, stored.height, stored.exif]).toEqual([
      "jpeg",
      30,
      20,
      undefined,
    ])
  })
})
