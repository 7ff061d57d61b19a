import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { imageContentTypes, sniffImageType } from "../../lib/image-bytes"

/**
 * Headers of every stored file this backend serves. It shares its origin with the admin
 * dashboard, so a file must never be read as a page: no type sniffing, no script, no plugin,
 * no frame, a sandbox (an opaque origin) even if a browser rendered it as a document.
 * Stricter than the site-wide security headers, and set here for exactly these responses.
 */
export const storedFileHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'",
  // Storefront pages on their own origin show these pictures.
  "Cross-Origin-Resource-Policy": "cross-origin",
} as const

/** Names the file provider gives (a timestamp, a dash, our name): one path segment, no more. */
function isStoredFileName(key: unknown): key is string {
  return (
    typeof key === "string" &&
    key.length > 0 &&
    key.length <= 255 &&
    !key.startsWith(".") &&
    !key.includes("/") &&
    !key.includes("\\") &&
    !key.includes("\u0000")
  )
}

const missing = () => new MedusaError(MedusaError.Types.NOT_FOUND, "File not found.")

/** A file that is not there (or is a folder): 404; any other failure stays a server error. */
function isMissing(error: unknown): boolean {
  if (error instanceof MedusaError) return true
  const { code, name } = (error ?? {}) as { code?: string; name?: string }
  return (
    ["ENOENT", "EISDIR", "ENOTDIR", "ENAMETOOLONG"].includes(code ?? "") || name === "NoSuchKey"
  )
}

async function readStoredFile(req: AuthenticatedMedusaRequest, key: string): Promise<Buffer> {
  const files: IFileModuleService = req.scope.resolve(Modules.FILE)
  try {
    return await files.getAsBuffer(key)
  } catch (error) {
    if (isMissing(error)) throw missing()
    throw error
  }
}

/**
 * A stored file by its key, for `/uploads/:key` and the older `/static/:key` addresses. Public
 * files are served only when their bytes are an image (JPEG, PNG, WebP, GIF, or SVG the seed or
 * an officer stored), with that type, inline, cached for a year (names never change). Private
 * files (the admin's product exports) go to a signed-in programme officer alone, as a download.
 */
export async function serveStoredFile(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const key = req.params.key
  if (!isStoredFileName(key)) throw missing()
  if (key.startsWith("private-")) {
    if (req.auth_context?.actor_type !== "user") throw missing()
    const content = await readStoredFile(req, key)
    res.set({
      ...storedFileHeaders,
      "Content-Type": key.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream",
      "Content-Disposition": "attachment",
      "Cache-Control": "private, no-store",
    })
    res.status(200).send(content)
    return
  }
  const content = await readStoredFile(req, key)
  const type = sniffImageType(content)
  if (!type) throw missing()
  res.set({
    ...storedFileHeaders,
    "Content-Type": imageContentTypes[type],
    "Content-Disposition": "inline",
    "Cache-Control": "public, max-age=31536000, immutable",
  })
  res.status(200).send(content)
}
