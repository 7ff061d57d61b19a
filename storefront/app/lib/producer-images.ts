/** What `POST /producer/uploads` accepts: JPEG, PNG or WebP photos of at most 5 MB, 10 a time. */
export const imageTypes = ["image/jpeg", "image/png", "image/webp"] as const
export const maxImageBytes = 5 * 1024 * 1024
export const maxImagesPerUpload = 10

export type ImageProblem = "empty" | "type" | "size"

/** Why the backend would refuse this file, before sending it; null when it is fine. */
export function imageProblem(file: { type: string; size: number }): ImageProblem | null {
  if (file.size === 0) return "empty"
  if (!imageTypes.some((type) => type === file.type)) return "type"
  if (file.size > maxImageBytes) return "size"
  return null
}

/** Room for one multipart body of `files` photos: the photos plus the form's boundaries. */
export function maxUploadBytes(files: number): number {
  return files * maxImageBytes + 64 * 1024
}
