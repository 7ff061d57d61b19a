import { imageProblem, refusalProblem, type RefusalProblem } from "./images.ts"

export type UploadProblem = RefusalProblem | "signedOut" | "network" | "tooMany"

export type UploadOutcome = { ok: true; url: string } | { ok: false; problem: UploadProblem }

function refusalCode(response: unknown): unknown {
  return typeof response === "object" && response !== null && "code" in response
    ? response.code
    : undefined
}

function uploadedUrl(response: unknown): string | null {
  if (typeof response !== "object" || response === null || !("files" in response)) return null
  const { files } = response
  if (!Array.isArray(files)) return null
  const first: unknown = files[0]
  if (
    typeof first === "object" &&
    first !== null &&
    "url" in first &&
    typeof first.url === "string"
  ) {
    return first.url
  }
  return null
}

/**
 * Sends one photo from the browser to the portal's upload route, reporting how much of it has
 * gone (0 to 1) — XMLHttpRequest, because fetch cannot report upload progress.
 */
export function uploadImage(
  endpoint: string,
  file: File,
  onProgress: (sent: number) => void,
): Promise<UploadOutcome> {
  const problem = imageProblem(file)
  if (problem) return Promise.resolve({ ok: false, problem })
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open("POST", endpoint)
    request.responseType = "json"
    request.setRequestHeader("accept", "application/json")
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    })
    request.addEventListener("load", () => {
      const url =
        request.status >= 200 && request.status < 300 ? uploadedUrl(request.response) : null
      if (url) {
        onProgress(1)
        resolve({ ok: true, url })
      } else if (request.status === 401) {
        resolve({ ok: false, problem: "signedOut" })
      } else if (request.status >= 500 || request.status === 0) {
        resolve({ ok: false, problem: "network" })
      } else {
        // 400, 413, 415: the backend's code says why (the portal's own 413 says "size").
        const code = refusalCode(request.response)
        const problem = request.status === 413 && !code ? "size" : refusalProblem(code)
        resolve({ ok: false, problem })
      }
    })
    request.addEventListener("error", () => resolve({ ok: false, problem: "network" }))
    request.addEventListener("abort", () => resolve({ ok: false, problem: "network" }))
    const body = new FormData()
    body.append("files", file, file.name)
    request.send(body)
  })
}
