// Content Security Policy violations a page reports, collected from the first script on.
import type { Page } from "@playwright/test"

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/**
 * Starts collecting the page's `securitypolicyviolation` events and CSP console errors; the
 * returned function reads what was seen so far (on the current and every earlier document).
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      seen.push(`console: ${message.text()}`)
    }
  })
  page.on("framenavigated", () => void collect())
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`,
      )
    })
  })
  async function collect() {
    const found = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])
    for (const violation of found) if (!seen.includes(violation)) seen.push(violation)
  }
  return async () => {
    await collect()
    return seen
  }
}
