import sharp from "sharp"
import { isPhotoType, photoExtensions, sniffImageType, type PhotoType } from "./image-bytes"

/** What one upload request may carry, and the largest photo kept. */
export const photoLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 10,
  /** Longest side of a stored photo, in pixels: sharp on a product page, small on a phone. */
  maxEdge: 2400,
  /** Decoding bigger pictures would take too much memory (a 5 MB file can claim any size). */
  maxInputPixels: 100_000_000,
} as const

/**
 * Why an upload is refused, as the HTTP status and the machine code the portal translates.
 * 413 for anything over a limit (bytes, files, pixels): the request is well formed and fits
 * when made smaller. 415 for bytes that are not a JPEG, PNG or WebP photo. 400 for a request
 * that does not carry photos the way the route expects.
 */
export const uploadRefusals = {
  file_too_large: { status: 413, message: "A photo is larger than 5 MB." },
  too_many_files: { status: 413, message: "At most 10 photos can be sent at a time." },
  image_too_large: { status: 413, message: "A photo has more than 100 million pixels." },
  unsupported_image_type: {
    status: 415,
    message: "Only JPEG, PNG or WebP photos are accepted (judged by the file's content).",
  },
  unreadable_image: { status: 415, message: "A photo could not be read: the file is damaged." },
  no_file: { status: 400, message: "No photo was sent: send them in the field `files`." },
  unexpected_field: { status: 400, message: "Photos must be sent in the field `files`." },
  malformed_upload: { status: 400, message: "The upload is not a well-formed multipart form." },
} as const satisfies Record<string, { status: 400 | 413 | 415; message: string }>

export type UploadRefusalCode = keyof typeof uploadRefusals

export class UploadRefusal extends Error {
  override name = "UploadRefusal"
  readonly status: 400 | 413 | 415
  constructor(
    readonly code: UploadRefusalCode,
    detail?: string,
  ) {
    super(detail ? `${uploadRefusals[code].message} ${detail}` : uploadRefusals[code].message)
    this.status = uploadRefusals[code].status
  }
}

export type PreparedPhoto = {
  content: Buffer
  mimeType: string
  extension: string
}

const encoders: Record<PhotoType, (image: sharp.Sharp) => sharp.Sharp> = {
  jpeg: (image) => image.jpeg({ quality: 85, mozjpeg: true }),
  png: (image) => image.png({ compressionLevel: 9 }),
  webp: (image) => image.webp({ quality: 85 }),
}

/**
 * A photo as it will be stored: the type read from its bytes, decoded and encoded again in the
 * same format, turned upright by its EXIF orientation and at most `maxEdge` on its long side.
 * Encoding again drops every piece of metadata (EXIF with the phone's GPS position, comments)
 * and anything hidden after or inside the picture data (an HTML or script payload).
 */
export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto> {
  const type = sniffImageType(bytes)
  if (!isPhotoType(type)) throw new UploadRefusal("unsupported_image_type")
  const image = sharp(bytes, {
    limitInputPixels: photoLimits.maxInputPixels,
    failOn: "warning",
    pages: 1,
  })
  let format: string | undefined
  try {
    format = (await image.metadata()).format
  } catch (error) {
    throw refusalFromSharp(error)
  }
  if (format !== type) throw new UploadRefusal("unreadable_image")
  try {
    const content = await encoders[type](
      image.rotate().resize({
        width: photoLimits.maxEdge,
        height: photoLimits.maxEdge,
        fit: "inside",
        withoutEnlargement: true,
      }),
    ).toBuffer()
    return { content, mimeType: `image/${type}`, extension: photoExtensions[type] }
  } catch (error) {
    throw refusalFromSharp(error)
  }
}

function refusalFromSharp(error: unknown): UploadRefusal {
  const message = error instanceof Error ? error.message : ""
  return /pixel limit/i.test(message)
    ? new UploadRefusal("image_too_large")
    : new UploadRefusal("unreadable_image")
}

/** Every photo of a request prepared, or the first refusal: none is stored unless all pass. */
export async function preparePhotos(files: Buffer[]): Promise<PreparedPhoto[]> {
  for (const bytes of files) {
    if (!isPhotoType(sniffImageType(bytes))) throw new UploadRefusal("unsupported_image_type")
  }
  const prepared: PreparedPhoto[] = []
  // One at a time: decoding is memory-hungry and the machine's cores are shared.
  for (const bytes of files) prepared.push(await preparePhoto(bytes))
  return prepared
}
