/**
 * What kind of image a file is, read from its first bytes (magic numbers), never from the type
 * or name the sender declared. No I/O: used by the upload route and by the route that serves
 * stored files.
 */
export type ImageType = "jpeg" | "png" | "webp" | "gif" | "svg"

export const imageContentTypes: Record<ImageType, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  svg: "image/svg+xml",
}

/** The photos producers may upload; anything else is refused. */
export const photoTypes = ["jpeg", "png", "webp"] as const satisfies readonly ImageType[]
export type PhotoType = (typeof photoTypes)[number]

export const photoExtensions: Record<PhotoType, string> = { jpeg: "jpg", png: "png", webp: "webp" }

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, i) => bytes[offset + i] === byte)

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/**
 * An SVG document: optional byte order mark, XML declaration, comments and doctype, then an
 * `<svg` element. Only files the officers' tools or the seed stored can be SVG; producers'
 * uploads never are.
 */
const svgStart =
  /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>/]/i

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg"
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png"
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp"
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif"
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("utf8")
  return svgStart.test(head) ? "svg" : null
}

export function isPhotoType(type: ImageType | null): type is PhotoType {
  return photoTypes.some((photo) => photo === type)
}
