import { expect, test } from "vitest"
import {
  organizerPortal,
  portalAt,
  portalLoginPath,
  portalRedirect,
  portalWayInPath,
  producerPortal,
  staffPortal,
} from "./portals.ts"

test("a portal's login page comes back to the page that asked for it", () => {
  expect(portalLoginPath(producerPortal, "vi", "/producer/stock")).toBe(
    "/producer/login?redirectTo=%2Fproducer%2Fstock",
  )
  expect(portalLoginPath(staffPortal, "en")).toBe("/en/staff/login")
})

test("after signing in, only a page of the same portal of this site, else the portal's home", () => {
  expect(portalRedirect(producerPortal, "/producer/products?page=2", "vi")).toBe(
    "/producer/products?page=2",
  )
  expect(portalRedirect(producerPortal, "/en/producer", "en")).toBe("/en/producer")
  expect(portalRedirect(producerPortal, "//evil.example/producer", "vi")).toBe("/producer")
  expect(portalRedirect(producerPortal, "https://evil.example/producer", "vi")).toBe("/producer")
  expect(portalRedirect(producerPortal, "/checkout", "en")).toBe("/en/producer")
  expect(portalRedirect(producerPortal, "/producers/htx-que", "vi")).toBe("/producer")
  expect(portalRedirect(staffPortal, "/en/staff/places/ocpl_1", "en")).toBe(
    "/en/staff/places/ocpl_1",
  )
  expect(portalRedirect(staffPortal, "/producer", "vi")).toBe("/staff")
  expect(portalRedirect(staffPortal, "/staffroom", "en")).toBe("/en/staff")
  expect(portalRedirect(staffPortal, null, "vi")).toBe("/staff")
  expect(portalRedirect(organizerPortal, "/en/organizer/fairs/ocfr_1", "en")).toBe(
    "/en/organizer/fairs/ocfr_1",
  )
  expect(portalRedirect(organizerPortal, "/staff", "vi")).toBe("/organizer")
})

test("a portal's login page points to its way in: producers register, staff and organisers claim", () => {
  expect(portalWayInPath(producerPortal, "vi")).toBe("/producer/register")
  expect(portalWayInPath(staffPortal, "en")).toBe("/en/staff/claim")
  expect(portalWayInPath(organizerPortal, "vi")).toBe("/organizer/claim")
})

test("the login and claim pages mounted below every portal find their portal from the path", () => {
  expect(portalAt("/producer/login")).toBe(producerPortal)
  expect(portalAt("/en/staff/login.data")).toBe(staffPortal)
  expect(portalAt("/en/organizer/claim")).toBe(organizerPortal)
  expect(() => portalAt("/producers/login")).toThrow()
  expect(() => portalAt("/login")).toThrow()
})
