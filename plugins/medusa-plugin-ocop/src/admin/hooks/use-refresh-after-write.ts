import { useQueryClient } from "@tanstack/react-query"
import { coreProductKeys, ocopKeys } from "../lib/query-keys"

/**
 * After a write, every OCOP query refetches, and so do the dashboard's product queries: a
 * certificate or producer change can publish or unpublish a product.
 */
export function useRefreshAfterWrite() {
  const queryClient = useQueryClient()
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ocopKeys.all }),
      queryClient.invalidateQueries({ queryKey: coreProductKeys }),
    ])
  }
}
