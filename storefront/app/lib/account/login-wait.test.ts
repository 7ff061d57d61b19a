import { expect, test } from "vitest"
import { loginWait } from "./login-wait.ts"

test("a wait under a minute is said in seconds, longer ones in whole minutes rounded up", () => {
  expect(loginWait(1)).toEqual({ unit: "seconds", count: 1 })
  expect(loginWait(0)).toEqual({ unit: "seconds", count: 1 })
  expect(loginWait(59)).toEqual({ unit: "seconds", count: 59 })
  expect(loginWait(60)).toEqual({ unit: "minutes", count: 1 })
  expect(loginWait(61)).toEqual({ unit: "minutes", count: 2 })
  expect(loginWait(900)).toEqual({ unit: "minutes", count: 15 })
})
