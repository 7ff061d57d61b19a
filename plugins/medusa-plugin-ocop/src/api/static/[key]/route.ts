import { serveStoredFile } from "../../uploads/serve-upload"

/**
 * The address uploads had before they moved to /uploads (older products and data kept since):
 * the same files, served the same way. Medusa's own /static handler finds no folder to serve
 * and passes these requests on.
 */
export const GET = serveStoredFile
