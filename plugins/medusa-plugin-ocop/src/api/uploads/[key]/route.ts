import { serveStoredFile } from "../serve-upload"

/** Uploaded files (the file provider's public address): images only, under strict headers. */
export const GET = serveStoredFile
