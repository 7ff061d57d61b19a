import type { Route } from "./+types/uploads"
import { forwardUpload } from "#app/lib/producer/api.server.ts"
import { maxUploadBytes } from "#app/lib/producer/images.ts"
import { getProducerToken } from "#app/lib/producer/session.server.ts"

/**
 * The browser's photo uploads (one photo a request, for its progress bar), streamed on to
 * `POST /producer/uploads`. Answers JSON, never a redirect: the caller is a script.
 */
export async function action({ request }: Route.ActionArgs) {
  const token = await getProducerToken(request)
  if (!token) return Response.json({ message: "signed_out" }, { status: 401 })
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    return Response.json({ message: "multipart_expected" }, { status: 415 })
  }
  if (Number(request.headers.get("content-length") ?? 0) > maxUploadBytes(1)) {
    return Response.json({ code: "file_too_large", message: "too_large" }, { status: 413 })
  }
  const response = await forwardUpload(token, request)
  const body: unknown = await response.json().catch(() => null)
  if (response.status >= 500)
    return Response.json({ message: "backend_unavailable" }, { status: 502 })
  return Response.json(body, { status: response.status })
}
