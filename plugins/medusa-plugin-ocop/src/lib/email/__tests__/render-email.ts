import { expect } from "vitest"
import { EMAIL_TEMPLATES } from "../templates"

/** The addresses every email test renders with. */
const urls = {
  storefrontUrl: "https://ocop.example.vn",
  backendUrl: "https://api.ocop.example.vn",
}

/** Intl writes "85.000 ₫" with a no-break space; the tests' assertions use a plain one. */
const plain = (value: string) => value.replace(/\u00a0/g, " ")

/** One email as the shopper, producer or staff member reads it: its subject, text and HTML. */
export function renderEmail(
  name: string,
  data: Record<string, unknown>,
  locale: "vi" | "en" = "vi",
) {
  const mail = EMAIL_TEMPLATES[name](data, { locale, ...urls })
  return { subject: plain(mail.subject), text: plain(mail.text), html: plain(mail.html) }
}

type Expected = { subject?: string; text?: string[]; html?: string[]; notInHtml?: string[] }

/** Asserts a rendered email: its exact subject, and what its text and HTML bodies hold (or not). */
export function expectMail(mail: ReturnType<typeof renderEmail>, expected: Expected) {
  if (expected.subject !== undefined) expect(mail.subject).toBe(expected.subject)
  for (const part of expected.text ?? []) expect(mail.text).toContain(part)
  for (const part of expected.html ?? []) expect(mail.html).toContain(part)
  for (const part of expected.notInHtml ?? []) expect(mail.html).not.toContain(part)
}
