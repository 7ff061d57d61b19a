// Upload limits answer 413 or 400 with a code, never 500, and a refused request stores nothing.
import { beforeAll, describe, expect, it } from "vitest"
import { expectJson } from "../../support/http"
import { backendUrl } from "../../support/env"
import {
  approvedProducer,
  multipart,
  photo,
  storedUploads,
  upload,
  type Part,
} from "../../support/uploads"

let token: string

beforeAll(async () => {
  token = await approvedProducer()
})

async function expectRefused(
  body: FormData | (() => Promise<Response>),
  status: number,
  code: string,
) {
  const before = storedUploads()
  const res = typeof body === "function" ? await body() : await upload(body, token)
  const answer = await expectJson(res, status)
  expect(answer.code).toBe(code)
  expect(answer.message).toEqual(expect.any(String))
  expect(storedUploads()).toEqual(before)
  return answer
}

describe("upload limits answer 413 or 400, never 500", () => {
  it("refuses a file over 5 MB with 413", async () => {
    const png = await photo("png")
    const large = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024 + 1 - png.length, 0)])
    const answer = await expectRefused(
      multipart([{ name: "lon.png", type: "image/png", bytes: large }]),
      413,
      "file_too_large",
    )
    expect(answer.message).toMatch(/5 MB/)
  })

  it("refuses more than 10 files in one request with 413", async () => {
    const png = await photo("png")
    const parts: Part[] = Array.from({ length: 11 }, (_, i) => ({
      name: `anh-${i}.png`,
      type: "image/png",
      bytes: png,
    }))
    const answer = await expectRefused(multipart(parts), 413, "too_many_files")
    expect(answer.message).toMatch(/10/)
  })

  it("refuses a file under another field name than `files` with 400", async () => {
    const answer = await expectRefused(
      multipart([{ name: "a.png", type: "image/png", bytes: await photo("png"), field: "file" }]),
      400,
      "unexpected_field",
    )
    expect(answer.message).toMatch(/files/)
  })

  it("refuses a request without any file with 400", async () => {
    const form = new FormData()
    form.set("note", "không có ảnh")
    await expectRefused(form, 400, "no_file")
    await expectRefused(
      () =>
        fetch(new URL("/producer/uploads", backendUrl()), {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ files: ["https://example.com/a.png"] }),
        }),
      400,
      "no_file",
    )
  })

  it("refuses a broken multipart body with 400", async () => {
    await expectRefused(
      () =>
        fetch(new URL("/producer/uploads", backendUrl()), {
          method: "POST",
          headers: {
            authorization: `Bearer ${token}`,
            "content-type": "multipart/form-data; boundary=xyz",
          },
          body: '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG',
        }),
      400,
      "malformed_upload",
    )
  })
})
