// Photos and multipart bodies for the upload tests, made on this machine with sharp, and what
// the backend's local file store holds.
import { existsSync, readdirSync } from "node:fs"
import sharp from "sharp"
import { adminFetch } from "./admin-api"
import { expectJson, post } from "./http"
import { backendUrl } from "./env"
import { registerProducerUser } from "./producer-api"
import { unique } from "./auth-api"

/** Where the local file provider keeps public uploads (backend/uploads, beside `npm start`). */
const uploadDir = new URL("../../backend/uploads/", import.meta.url)

/** The names of the files the backend has stored, to prove a refused request stored none. */
export function storedUploads(): string[] {
  if (!existsSync(uploadDir)) return []
  return readdirSync(uploadDir).sort()
}

export type Part = { name: string; type: string; bytes: Uint8Array; field?: string }

/** A multipart body with each part under `files` unless it names another field. */
export function multipart(parts: Part[]): FormData {
  const form = new FormData()
  for (const part of parts) {
    form.append(
      part.field ?? "files",
      new Blob([new Uint8Array(part.bytes)], { type: part.type }),
      part.name,
    )
  }
  return form
}

export function upload(form: FormData, token?: string): Promise<Response> {
  return fetch(new URL("/producer/uploads", backendUrl()), {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  })
}

/** A plain photo of the given size and format. */
export function photo(
  format: "png" | "jpeg" | "webp",
  width = 64,
  height = 48,
  background = "#c2416f",
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .toFormat(format)
    .toBuffer()
}

/** A phone's photo: EXIF with the camera, a GPS position and an orientation (rotate 90°). */
export function phonePhoto(width = 80, height = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#336699" } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Nông dân 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "15/1 34/1 0/1" },
    })
    .jpeg()
    .toBuffer()
}

export const SCRIPT_MARK = "data-script-ran"

/** A script that marks the document and reads the signed-in officer, if it ever runs. */
const script = `document.documentElement.setAttribute("${SCRIPT_MARK}","yes");fetch("/admin/users/me").then(r=>r.text()).then(t=>document.title=t)`

export const htmlPage = Buffer.from(
  `<!doctype html><html><head><title>ảnh</title></head><body><script>${script}</script></body></html>`,
)

export const svgWithScript = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/><script>${script}</script></svg>`,
)

/** A real PNG with EXIF, followed by an HTML page: a polyglot that decodes and also "is" HTML. */
export async function pngWithPayload(): Promise<Buffer> {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#5f9e47" } })
    .withExif({
      IFD0: { Make: "PhoneCo" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "15/1 34/1 0/1" },
    })
    .png()
    .toBuffer()
  return Buffer.concat([png, htmlPage])
}

export const gif = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64")

/** A signed-in producer user approved for a new producer of its own. */
export async function approvedProducer(): Promise<string> {
  const tag = unique()
  const { producer } = await expectJson(
    await adminFetch(
      "/admin/ocop/producers",
      post({
        handle: `upload-producer-${tag}`,
        name: `HTX Ảnh ${tag}`,
        legal_form: "cooperative",
        province: "Quảng Nam",
        commune: "Trà My",
        email: `upload-producer-${tag}@example.com`,
      }),
    ),
    201,
  )
  const { token } = await registerProducerUser(`upload-${tag}@example.com`, producer.id)
  return token
}
