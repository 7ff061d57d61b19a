// A real SMTP server in the test process: the stack under test sends its mail here (its
// SMTP_URL points at OCOP_TEST_SMTP_PORT), and tests wait for a message to an address.
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

export type Mail = { to: string[]; from: string; subject: string; text: string; html: string }

/** The port `npm test` gives its stack (2525 + the port offset); run by hand, set it. */
export const smtpPort = (): number => Number(process.env.OCOP_TEST_SMTP_PORT) || 2525

type Waiter = { to: string; wanted: (mail: Mail) => boolean; resolve: (mail: Mail) => void }
const any = () => true

class Mailbox {
  private unread: Mail[] = []
  private waiters: Waiter[] = []

  constructor(private readonly server: SMTPServer) {}

  deliver(mail: Mail) {
    const waiter = this.waiters.find((w) => mail.to.includes(w.to) && w.wanted(mail))
    if (!waiter) {
      this.unread.push(mail)
      return
    }
    this.waiters.splice(this.waiters.indexOf(waiter), 1)
    waiter.resolve(mail)
  }

  /** The next message to `to` not handed out yet, waiting for it to arrive. */
  next(to: string, timeoutMs = 20_000): Promise<Mail> {
    return this.nextWhere(to, any, timeoutMs)
  }

  /**
   * The next message to `to` whose subject contains `subject` (others to the same address stay
   * unread): an order sends several messages to its shopper, in an order nobody promises.
   */
  nextAbout(to: string, subject: string, timeoutMs = 20_000): Promise<Mail> {
    return this.nextWhere(to, (mail) => mail.subject.includes(subject), timeoutMs)
  }

  private nextWhere(to: string, wanted: (mail: Mail) => boolean, timeoutMs: number) {
    const address = to.toLowerCase()
    const index = this.unread.findIndex((mail) => mail.to.includes(address) && wanted(mail))
    if (index >= 0) return Promise.resolve(this.unread.splice(index, 1)[0])
    return new Promise<Mail>((resolve, reject) => {
      const waiter: Waiter = { to: address, wanted, resolve }
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        reject(new Error(`no mail to ${to} arrived at the SMTP server within ${timeoutMs} ms`))
      }, timeoutMs)
      waiter.resolve = (mail) => {
        clearTimeout(timer)
        resolve(mail)
      }
      this.waiters.push(waiter)
    })
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

function listen(server: SMTPServer, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => reject(error)
    server.once("error", failed)
    server.listen(port, () => {
      server.off("error", failed)
      resolve()
    })
  })
}

async function open(port: number): Promise<Mailbox> {
  let mailbox: Mailbox | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase())
          mailbox?.deliver({
            to: recipients,
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          })
          callback()
        })
        .catch(callback)
    },
  })
  server.on("error", (error) => console.error("test SMTP server:", error))
  // A previous test file's server may still be letting go of the port.
  for (let attempt = 0; ; attempt++) {
    try {
      await listen(server, port)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || attempt >= 20) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  mailbox = new Mailbox(server)
  return mailbox
}

let opened: Promise<Mailbox> | undefined

/**
 * The test process's mailbox, listening from the first call until `closeMailbox`. Open it before
 * the action that sends mail: a message sent while nobody listens is lost (recorded as failed).
 */
export function mailbox(): Promise<Mailbox> {
  opened ??= open(smtpPort())
  return opened
}

export async function closeMailbox() {
  const current = opened
  opened = undefined
  await (await current)?.close()
}

/** The invitation token in a message: in its link (`?token=`) or given as is for the API. */
export function invitationToken(mail: Mail): string {
  const match = /(?:token=|"token":\s*")([A-Za-z0-9_-]{43})/.exec(mail.text)
  if (!match) throw new Error(`no invitation token in the mail "${mail.subject}"`)
  return match[1]
}

/** The next invitation mailed to `email`: its token. */
export async function invitationTokenFor(email: string): Promise<string> {
  return invitationToken(await (await mailbox()).next(email))
}
