import enProducer from "#app/locales/en/producer.json"
import viProducer from "#app/locales/vi/producer.json"
import type { Locale } from "../i18n/i18n.ts"

export type ProducerTexts = typeof viProducer

/** The portal's texts in one language, sent once to the browser by the portal's layout. */
export function producerTexts(locale: Locale): ProducerTexts {
  return locale === "en" ? enProducer : viProducer
}
