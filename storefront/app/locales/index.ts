import type { Resource } from "i18next"
import enCommon from "./en/common.json"
import enProducer from "./en/producer.json"
import viCommon from "./vi/common.json"
import viProducer from "./vi/producer.json"

/**
 * Both languages, for the server. The browser loads only its page's language (see load.ts);
 * the producer portal's layout sends the `producer` texts to its own pages.
 */
export const resources = {
  vi: { common: viCommon, producer: viProducer },
  en: { common: enCommon, producer: enProducer },
} satisfies Resource

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common"
    resources: { common: typeof viCommon; producer: typeof viProducer }
  }
}
