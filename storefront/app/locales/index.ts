import type { Resource } from "i18next"
import enCommon from "./en/common.json"
import viCommon from "./vi/common.json"

/** Both languages, for the server. The browser loads only its page's language (see load.ts). */
export const resources = {
  vi: { common: viCommon },
  en: { common: enCommon },
} satisfies Resource

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common"
    resources: { common: typeof viCommon }
  }
}
