import type { Locale } from "../../modules/ocop/lib/constants"

/**
 * Emails the platform sends: one template per message, in `templates/`, each a pure function
 * from the notification's data to a subject, a plain-text body and an HTML body, in Vietnamese
 * or English. The notification provider (providers/notification-email) picks the template by
 * the notification's `template` name and sends or logs the result.
 */

export type EmailContent = { subject: string; text: string; html: string }

/** Where links in an email point, and the reader's language. */
export type EmailContext = { locale: Locale; storefrontUrl: string; backendUrl: string }

export type EmailTemplate = (data: Record<string, unknown>, context: EmailContext) => EmailContent

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => escapes[c])

/** A date and time in Vietnam's time zone, as each language writes it ("17:00 ngày 09/12/2026"). */
export function formatWhen(value: unknown, locale: Locale): string {
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) return ""
  const timeZone = "Asia/Ho_Chi_Minh"
  if (locale === "en") {
    return new Intl.DateTimeFormat("en-GB", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone,
    }).format(date)
  }
  const time = new Intl.DateTimeFormat("vi-VN", { timeStyle: "short", timeZone }).format(date)
  const day = new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone,
  }).format(date)
  return `${time} ngày ${day}`
}

export type EmailBlock = string | { link: string; label: string } | { code: string }

/**
 * The plain-text and HTML bodies from the same blocks: paragraphs (escaped in HTML), a link
 * shown as a button, or a code sample kept as is.
 */
export function emailBodies(blocks: EmailBlock[], locale: Locale): Omit<EmailContent, "subject"> {
  const text = blocks
    .map((block) => (typeof block === "string" ? block : "link" in block ? block.link : block.code))
    .join("\n\n")
  const html = blocks
    .map((block) => {
      if (typeof block === "string") return `<p>${escapeHtml(block)}</p>`
      if ("code" in block) return `<pre>${escapeHtml(block.code)}</pre>`
      const href = escapeHtml(block.link)
      return `<p><a href="${href}" style="display:inline-block;padding:10px 16px;background:#0b6b3a;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(block.label)}</a></p><p style="font-size:13px;color:#555">${href}</p>`
    })
    .join("\n")
  return {
    text: `${text}\n`,
    html: `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;max-width:600px">\n${html}\n</body></html>\n`,
  }
}
