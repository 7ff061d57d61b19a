import { expect, test } from "vitest"
import { imageProblem, maxImageBytes } from "./producer-images.ts"

test("photos are JPEG, PNG or WebP of at most 5 MB, as the backend accepts", () => {
  expect(imageProblem({ type: "image/jpeg", size: 1024 })).toBeNull()
  expect(imageProblem({ type: "image/webp", size: maxImageBytes })).toBeNull()
  expect(imageProblem({ type: "image/png", size: maxImageBytes + 1 })).toBe("size")
  expect(imageProblem({ type: "image/gif", size: 1024 })).toBe("type")
  expect(imageProblem({ type: "image/jpeg", size: 0 })).toBe("empty")
})
