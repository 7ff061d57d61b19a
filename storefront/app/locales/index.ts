import type { Resource } from "i18next"
import enCommon from "./en/common.json"
import enFairs from "./en/fairs.json"
import enOrganizer from "./en/organizer.json"
import enProducer from "./en/producer.json"
import enStaff from "./en/staff.json"
import viCommon from "./vi/common.json"
import viFairs from "./vi/fairs.json"
import viOrganizer from "./vi/organizer.json"
import viProducer from "./vi/producer.json"
import viStaff from "./vi/staff.json"

/**
 * Both languages, for the server. The browser loads only its page's language (see load.ts);
 * the producer portal's layout sends the `producer` texts to its own pages.
 */
export const resources = {
  vi: {
    common: viCommon,
    fairs: viFairs,
    producer: viProducer,
    staff: viStaff,
    organizer: viOrganizer,
  },
  en: {
    common: enCommon,
    fairs: enFairs,
    producer: enProducer,
    staff: enStaff,
    organizer: enOrganizer,
  },
} satisfies Resource

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common"
    resources: {
      common: typeof viCommon
      fairs: typeof viFairs
      producer: typeof viProducer
      staff: typeof viStaff
      organizer: typeof viOrganizer
    }
  }
}
