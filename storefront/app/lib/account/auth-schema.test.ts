import { expect, test } from "vitest"
import { LoginSchema, RegisterSchema } from "./auth-schema.ts"
import { fieldErrors } from "../core/form.ts"

test("logging in needs an email and a password", () => {
  expect(LoginSchema.parse({ email: "Shopper@OCOP.vn", password: "Ocop@2026" }).email).toBe(
    "shopper@ocop.vn",
  )
  const result = LoginSchema.safeParse({ email: "", password: "" })
  expect(fieldErrors(result.error!)).toEqual({
    email: "form.errors.required",
    password: "form.errors.required",
  })
})

test("registering needs a name, an email and a password of at least 8 characters", () => {
  const result = RegisterSchema.safeParse({
    full_name: " ",
    email: "lan@example",
    password: "short",
  })
  expect(fieldErrors(result.error!)).toEqual({
    full_name: "form.errors.required",
    email: "form.errors.email",
    password: "form.errors.passwordTooShort",
  })
})
