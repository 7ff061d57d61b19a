// @vitest-environment jsdom
import { screen } from "@testing-library/react"
import type { ComponentProps } from "react"
import { describe, expect, test } from "vitest"
import { renderInLocale } from "#tests/render.tsx"
import type { CertificateFacts, Locale } from "@ocop/shared"
import { CertificatePanel } from "./certificate-panel.tsx"

const certificate: CertificateFacts = {
  certificate_number: "QNA-2024-0017",
  decision_number: "1234/QĐ-UBND",
  issuing_authority: "UBND tỉnh Quảng Nam",
  issued_at: "2024-05-02T00:00:00Z",
  expires_at: "2027-05-02T00:00:00Z",
  stars: 4,
  score: 78,
  level: "provincial",
}

/** The panel of `certificate` in a state, in `locale`. */
function renderPanel(
  props: Omit<ComponentProps<typeof CertificatePanel>, "certificate">,
  locale: Locale,
) {
  return renderInLocale(<CertificatePanel certificate={certificate} {...props} />, locale)
}

describe("CertificatePanel", () => {
  test("says an active certificate is valid, with its number and expiry", async () => {
    await renderPanel({ state: "active" }, "vi")
    expect(await screen.findByText("Còn hiệu lực")).toBeTruthy()
    expect(screen.getByText("QNA-2024-0017")).toBeTruthy()
    expect(screen.getByText("2 tháng 5, 2027")).toBeTruthy()
    expect(screen.getByText("Sản phẩm OCOP 4 sao")).toBeTruthy()
  })

  test("says an expired certificate has expired", async () => {
    await renderPanel({ state: "expired" }, "en")
    expect(await screen.findByText("Expired")).toBeTruthy()
    expect(screen.queryByText("Active")).toBeNull()
  })

  test("says a revoked certificate was revoked, when and why", async () => {
    const revocation = {
      revokedAt: "2025-09-10T03:00:00Z",
      revocationReason: "Not re-evaluated in time",
    }
    await renderPanel({ state: "revoked", ...revocation }, "en")
    expect(await screen.findByText("Revoked")).toBeTruthy()
    expect(screen.getByText("September 10, 2025")).toBeTruthy()
    expect(screen.getByText("Not re-evaluated in time")).toBeTruthy()
  })

  test("links to the verification page when given one", async () => {
    await renderPanel({ state: "active", verifyHref: "/en/verify/QNA-2024-0017" }, "en")
    const link = await screen.findByRole("link", { name: "Verify this certificate" })
    expect(link.getAttribute("href")).toBe("/en/verify/QNA-2024-0017")
  })
})
