// Every integration test file: a mailbox opened by a test is closed when the file ends, so the
// next file can listen on the same port.
import { afterAll } from "vitest"
import { closeMailbox } from "./mailbox"

afterAll(closeMailbox)
