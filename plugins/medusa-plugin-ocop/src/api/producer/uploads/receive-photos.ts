import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { photoLimits, UploadRefusal, type UploadRefusalCode } from "../../../lib/product-photos"

/**
 * Reads the multipart body into memory, every file under `files`. Nothing is judged by the
 * declared type here: the route reads the bytes. Limits and malformed bodies answer 413/400
 * with a code instead of reaching Medusa's error handler as a 500.
 */
const receive = multer({
  storage: multer.memoryStorage(),
  limits: {
    fileSize: photoLimits.maxBytes,
    files: photoLimits.maxFiles,
    fields: 20,
    fieldSize: 64 * 1024,
    parts: photoLimits.maxFiles + 20,
  },
}).array("files")

const multerCodes: Partial<Record<string, UploadRefusalCode>> = {
  LIMIT_FILE_SIZE: "file_too_large",
  LIMIT_FILE_COUNT: "too_many_files",
  LIMIT_UNEXPECTED_FILE: "unexpected_field",
}

export function sendUploadRefusal(res: MedusaResponse, refusal: UploadRefusal) {
  res.status(refusal.status).json({
    type: "invalid_data",
    code: refusal.code,
    message: refusal.message,
  })
}

export function receivePhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error: unknown) => {
    if (!error) return next()
    const code = error instanceof multer.MulterError ? multerCodes[error.code] : undefined
    // Every other error here comes from parsing the body the client sent (busboy).
    sendUploadRefusal(res, new UploadRefusal(code ?? "malformed_upload"))
  })
}
