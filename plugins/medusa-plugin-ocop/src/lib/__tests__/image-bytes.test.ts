import { describe, expect, it } from "vitest"
import { isPhotoType, sniffImageType } from "../image-bytes"

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(
    values.map((value) =>
      typeof value === "string" ? Buffer.from(value, "latin1") : Buffer.from([value]),
    ),
  )

describe("an image's type is read from its bytes", () => {
  it("knows JPEG, PNG, WebP and GIF by their magic numbers", () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, "JFIF"))).toBe("jpeg")
    expect(sniffImageType(bytes(0x89, "PNG\r\n", 0x1a, "\n", "rest"))).toBe("png")
    expect(sniffImageType(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toBe("webp")
    expect(sniffImageType(bytes("GIF89a", 1, 0))).toBe("gif")
  })

  it("knows SVG behind a byte order mark, an XML declaration, comments and a doctype", () => {
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe("svg")
    expect(
      sniffImageType(
        Buffer.from(
          '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>',
        ),
      ),
    ).toBe("svg")
  })

  it("knows nothing else, whatever the file claims", () => {
    expect(sniffImageType(Buffer.from("<!doctype html><html><script>1</script>"))).toBeNull()
    expect(sniffImageType(Buffer.from("<html><svg></svg></html>"))).toBeNull()
    expect(sniffImageType(Buffer.from("%PDF-1.4"))).toBeNull()
    expect(sniffImageType(bytes("RIFF", 0, 0, 0, 0, "WAVEfmt "))).toBeNull()
    expect(sniffImageType(bytes(0x89, "PN"))).toBeNull()
    expect(sniffImageType(Buffer.alloc(0))).toBeNull()
  })

  it("takes only JPEG, PNG and WebP as photos", () => {
    expect(["jpeg", "png", "webp"].every((type) => isPhotoType(type as never))).toBe(true)
    expect(isPhotoType("gif")).toBe(false)
    expect(isPhotoType("svg")).toBe(false)
    expect(isPhotoType(null)).toBe(false)
  })
})
