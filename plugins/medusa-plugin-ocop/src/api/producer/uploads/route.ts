import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { currentProducerId } from "../../../lib/producer-context"

/** Product photos from a producer's phone; the returned URLs go into a product's images. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await currentProducerId(req)
  const files = (req as unknown as { files?: Express.Multer.File[] }).files
  if (!files?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No image was uploaded (field: files).")
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((file) => ({
        filename: file.originalname,
        mimeType: file.mimetype,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result })
}
