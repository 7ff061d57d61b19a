import en from "./json/en.json"
import vi from "./json/vi.json"
import { OCOP_NS } from "./namespace"

/**
 * Found by Medusa's admin build (src/admin/i18n/index.ts) and merged into the dashboard's
 * i18next resources, so the extension follows the officer's language setting. Keys by screen.
 */
export default {
  en: { [OCOP_NS]: en },
  vi: { [OCOP_NS]: vi },
}
