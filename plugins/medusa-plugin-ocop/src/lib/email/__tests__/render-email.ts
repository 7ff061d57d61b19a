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
