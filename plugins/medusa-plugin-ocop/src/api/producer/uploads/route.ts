import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { preparePhotos, UploadRefusal } from "../../../lib/product-photos"
import { sendUploadRefusal } from "./receive-photos"

/**
 * Product photos from a producer's phone; the returned URLs go into a product's images. Only
 * JPEG, PNG and WebP by their bytes, each decoded and encoded again (see preparePhoto); one
 * refused file refuses the request, and nothing of it is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const files = (req as unknown as { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) return sendUploadRefusal(res, new UploadRefusal("no_file"))
  let photos
  try {
    photos = await preparePhotos(files.map((file) => file.buffer))
  } catch (error) {
    if (error instanceof UploadRefusal) return sendUploadRefusal(res, error)
    throw error
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: photos.map((photo) => ({
        // Our own name: the sender's file name and extension never reach the store.
        filename: `${randomUUID()}.${photo.extension}`,
        mimeType: photo.mimeType,
        content: photo.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result })
}
