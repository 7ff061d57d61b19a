/** What `POST /producer/uploads` accepts: JPEG, PNG or WebP photos of at most 5 MB, 10 a time. */
export const imageTypes = ["image/jpeg", "image/png", "image/webp"] as const
export const maxImageBytes = 5 * 1024 * 1024
export const maxImagesPerUpload = 10

export type ImageProblem = "empty" | "type" | "size"

/** Why the backend refused a photo (its code), as the portal says it. */
export type RefusalProblem = ImageProblem | "count" | "unreadable" | "dimensions" | "rejected"

const refusalProblems = new Map<string, RefusalProblem>([
  ["file_too_large", "size"],
  ["too_many_files", "count"],
  ["image_too_large", "dimensions"],
  ["unsupported_image_type", "type"],
  ["unreadable_image", "unreadable"],
  ["no_file", "empty"],
])

/**
 * The problem to show for `POST /producer/uploads`'s refusal code (413, 415 or 400); any other
 * code (a field the portal never sends wrong, a broken body) is a plain refusal.
 */
export function refusalProblem(code: unknown): RefusalProblem {
  return (typeof code === "string" && refusalProblems.get(code)) || "rejected"
}

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
