import Medusa from "@medusajs/js-sdk"
import { getEnv } from "./env.server.ts"

let sdk: Medusa | undefined

/** The backend client. The storefront only reads public store data, so no token is kept. */
export function getMedusa(): Medusa {
  if (!sdk) {
    const env = getEnv()
    sdk = new Medusa({
      baseUrl: env.MEDUSA_BACKEND_URL,
      publishableKey: env.MEDUSA_PUBLISHABLE_KEY,
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
  }
  return sdk
}
