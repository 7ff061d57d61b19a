// Every integration test file listens for the stack's mail from its start (an email sent while
// nobody listens is lost), and lets the port go when it ends, for the next file.
import { afterAll, beforeAll } from "vitest"
import { closeMailbox, mailbox } from "./mailbox"

beforeAll(async () => {
  await mailbox()
})
afterAll(closeMailbox)
