import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { EMAIL_TEMPLATES } from "../../lib/email/templates"
import { LOCALES, type Locale } from "@ocop/shared"

export type EmailProviderOptions = {
  /** smtp://user:pass@host:port (smtps:// for TLS). Unset: messages are logged, not sent. */
  smtp_url?: string
  /** The sender, e.g. "Sàn OCOP <no-reply@ocop.example.vn>". */
  from?: string
  /** Where links in emails point. */
  storefront_url: string
  backend_url: string
}

/**
 * Renders the platform's emails (lib/email/templates) in the reader's language and sends them
 * through SMTP with nodemailer — or, without SMTP_URL (a laptop), writes them to the log, as
 * Medusa's local provider does. A failure throws: the Notification Module records it as failed.
 */
export class EmailNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "ocop-email"

  private readonly transporter: Transporter | null
  private readonly logger: Logger
  private readonly options: EmailProviderOptions

  static validateOptions(options: Record<string, unknown>) {
    if (!options.storefront_url || !options.backend_url) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The email provider needs storefront_url and backend_url for its links.",
      )
    }
  }

  constructor({ logger }: { logger: Logger }, options: EmailProviderOptions) {
    super()
    this.logger = logger
    this.options = options
    this.transporter = options.smtp_url ? nodemailer.createTransport(options.smtp_url) : null
  }

  async send(
    notification: ProviderSendNotificationDTO,
  ): Promise<ProviderSendNotificationResultsDTO> {
    const render = EMAIL_TEMPLATES[notification.template]
    if (!render) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `There is no email template "${notification.template}".`,
      )
    }
    const data: Record<string, unknown> = { ...notification.data, to: notification.to }
    const locale: Locale = LOCALES.includes(data.locale as Locale) ? (data.locale as Locale) : "vi"
    const { subject, text, html } = render(data, {
      locale,
      storefrontUrl: this.options.storefront_url.replace(/\/$/, ""),
      backendUrl: this.options.backend_url.replace(/\/$/, ""),
    })
    if (!this.transporter) {
      this.logger.info(
        `Email to ${notification.to} (SMTP_URL is not set, so it is only logged)\n` +
          `Subject: ${subject}\n\n${text}`,
      )
      return {}
    }
    const from = notification.from || this.options.from || "OCOP <no-reply@localhost>"
    // Inline pictures (a VietQR code) travel as attachments the HTML names by `cid:`.
    const attachments = (notification.attachments ?? []).map((file) => ({
      filename: file.filename,
      content: Buffer.from(file.content, "base64"),
      contentType: file.content_type ?? undefined,
      cid: file.id ?? undefined,
      contentDisposition:
        file.disposition === "inline" ? ("inline" as const) : ("attachment" as const),
    }))
    const sent = await this.transporter.sendMail({
      from,
      to: notification.to,
      subject,
      text,
      html,
      attachments,
    })
    return { id: sent.messageId }
  }
}
