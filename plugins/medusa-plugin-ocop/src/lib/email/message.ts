import type { Locale } from "@ocop/shared"

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

/** A price in whole đồng, as the storefront writes it ("125.000 ₫", "₫125,000"). */
export function formatVnd(amount: unknown, locale: Locale): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    style: "currency",
    currency: "VND",
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(Math.round(Number(amount) || 0))
}

/** A table: a header row, body rows and footer rows (totals), every cell plain text. */
export type EmailTable = { table: { head: string[]; rows: string[][]; foot?: string[][] } }

/** A picture attached to the message inline (`cid`), with the words that stand for it. */
export type EmailImage = { image: { cid: string; alt: string; size: number } }

export type EmailBlock =
  string | { link: string; label: string } | { code: string } | EmailTable | EmailImage

const cell = (tag: "th" | "td", value: string, index: number) =>
  `<${tag} style="padding:4px 8px;border-bottom:1px solid #ddd;text-align:${index === 0 ? "left" : "right"}">${escapeHtml(value)}</${tag}>`

const tableRow = (tag: "th" | "td", cells: string[]) =>
  `<tr>${cells.map((value, index) => cell(tag, value, index)).join("")}</tr>`

function tableHtml({ head, rows, foot = [] }: EmailTable["table"]): string {
  return [
    `<table style="border-collapse:collapse;width:100%">`,
    `<thead>${tableRow("th", head)}</thead>`,
    `<tbody>${rows.map((row) => tableRow("td", row)).join("")}</tbody>`,
    foot.length ? `<tfoot>${foot.map((row) => tableRow("th", row)).join("")}</tfoot>` : "",
    `</table>`,
  ].join("")
}

/**
 * In plain text, one line per row, each cell named by its column ("Quế Trà My: Số lượng 2 ·
 * Đơn giá 85.000 ₫ · Thành tiền 170.000 ₫"), and the footer as "Tổng cộng: 170.000 ₫".
 */
function tableText({ head, rows, foot = [] }: EmailTable["table"]): string {
  const body = rows.map(
    ([first, ...rest]) =>
      `${first}: ${rest.map((value, index) => `${head[index + 1] ?? ""} ${value}`.trim()).join(" · ")}`,
  )
  const totals = foot.map((row) => row.filter(Boolean).join(": "))
  return [...body, ...totals].join("\n")
}

/**
 * The plain-text and HTML bodies from the same blocks: paragraphs (escaped in HTML), a link
 * shown as a button, a code sample kept as is, or a table (every cell escaped).
 */
export function emailBodies(blocks: EmailBlock[], locale: Locale): Omit<EmailContent, "subject"> {
  const text = blocks
    .map((block) => {
      if (typeof block === "string") return block
      if ("table" in block) return tableText(block.table)
      if ("image" in block) return block.image.alt
      return "link" in block ? block.link : block.code
    })
    .join("\n\n")
  const html = blocks
    .map((block) => {
      if (typeof block === "string") return `<p>${escapeHtml(block)}</p>`
      if ("code" in block) return `<pre>${escapeHtml(block.code)}</pre>`
      if ("table" in block) return tableHtml(block.table)
      if ("image" in block) {
        const { cid, alt, size } = block.image
        return `<p><img src="cid:${escapeHtml(cid)}" alt="${escapeHtml(alt)}" width="${size}" height="${size}"></p>`
      }
      const href = escapeHtml(block.link)
      return `<p><a href="${href}" style="display:inline-block;padding:10px 16px;background:#0b6b3a;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(block.label)}</a></p><p style="font-size:13px;color:#555">${href}</p>`
    })
    .join("\n")
  return {
    text: `${text}\n`,
    html: `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;max-width:600px">\n${html}\n</body></html>\n`,
  }
}
