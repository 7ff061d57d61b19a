import { ocopKeys } from "./query-keys"

/**
 * Keys for accounts and the showroom network. They start with `ocopKeys.all`, so the shared
 * refresh after a write reaches them too.
 */
export const networkKeys = {
  producerUsers: (params: Record<string, string | number>) =>
    [...ocopKeys.all, "producer-users", params] as const,
  places: () => [...ocopKeys.all, "places"] as const,
  staffUsers: () => [...ocopKeys.all, "staff-users"] as const,
  fairs: () => [...ocopKeys.all, "fairs"] as const,
}
