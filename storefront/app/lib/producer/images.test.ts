import { expect, test } from "vitest"
import { imageProblem, maxImageBytes, refusalProblem } from "./images.ts"

test("photos are JPEG, PNG or WebP of at most 5 MB, as the backend accepts", () => {
  expect(imageProblem({ type: "image/jpeg", size: 1024 })).toBeNull()
  expect(imageProblem({ type: "image/webp", size: maxImageBytes })).toBeNull()
  expect(imageProblem({ type: "image/png", size: maxImageBytes + 1 })).toBe("size")
  expect(imageProblem({ type: "image/gif", size: 1024 })).toBe("type")
  expect(imageProblem({ type: "image/jpeg", size: 0 })).toBe("empty")
})

test("each refusal code of the backend's upload route has its own message", () => {
  expect(refusalProblem("unsupported_image_type")).toBe("type")
  expect(refusalProblem("unreadable_image")).toBe("unreadable")
  expect(refusalProblem("file_too_large")).toBe("size")
  expect(refusalProblem("image_too_large")).toBe("dimensions")
  expect(refusalProblem("too_many_files")).toBe("count")
  expect(refusalProblem("no_file")).toBe("empty")
  expect(refusalProblem("unexpected_field")).toBe("rejected")
  expect(refusalProblem(undefined)).toBe("rejected")
  expect(refusalProblem("toString")).toBe("rejected")
})
