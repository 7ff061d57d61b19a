import { describe, expect, test } from "vitest"
import {
  isValidLocaleSegment,
  localeFromPathname,
  localizePath,
  switchLocalePath,
  toLocale,
} from "./i18n.ts"

describe("locale from the URL", () => {
  test("an unprefixed path is Vietnamese, the default language", () => {
    expect(localeFromPathname("/")).toBe("vi")
    expect(localeFromPathname("/products")).toBe("vi")
    expect(localeFromPathname("/products/en")).toBe("vi")
  })

  test("an /en prefix is English", () => {
    expect(localeFromPathname("/en")).toBe("en")
    expect(localeFromPathname("/en/")).toBe("en")
    expect(localeFromPathname("/en/products/que-tra-my")).toBe("en")
  })

  test("a path that merely starts with the letters en is not English", () => {
    expect(localeFromPathname("/engrave")).toBe("vi")
  })

  test("only a prefixed language is a valid :lang segment; /vi and unknown codes are 404s", () => {
    expect(isValidLocaleSegment(undefined)).toBe(true)
    expect(isValidLocaleSegment("en")).toBe(true)
    expect(isValidLocaleSegment("vi")).toBe(false)
    expect(isValidLocaleSegment("fr")).toBe(false)
  })

  test("an unknown language value falls back to Vietnamese", () => {
    expect(toLocale("en")).toBe("en")
    expect(toLocale("de")).toBe("vi")
    expect(toLocale(undefined)).toBe("vi")
  })
})

describe("localized paths", () => {
  test("Vietnamese paths have no prefix, English ones start with /en", () => {
    expect(localizePath("/", "vi")).toBe("/")
    expect(localizePath("/products", "vi")).toBe("/products")
    expect(localizePath("/", "en")).toBe("/en")
    expect(localizePath("/products", "en")).toBe("/en/products")
  })

  test("the language switch points at the same page in the other language", () => {
    expect(switchLocalePath("/", "en")).toBe("/en")
    expect(switchLocalePath("/en", "vi")).toBe("/")
    expect(switchLocalePath("/products/bo-kho", "en")).toBe("/en/products/bo-kho")
    expect(switchLocalePath("/en/verify/QNA-2024-017", "vi")).toBe("/verify/QNA-2024-017")
    expect(switchLocalePath("/en/products", "en")).toBe("/en/products")
  })
})
