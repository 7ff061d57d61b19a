import { useQuery } from "@tanstack/react-query"
import { ocopKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Titles of the given products, by id, for tables that only know product ids. */
export function useProductTitles(productIds: string[]) {
  const ids = [...new Set(productIds)].sort()
  return useQuery({
    queryKey: ocopKeys.productTitles(ids),
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({
        id: ids,
        fields: "id,title",
        limit: ids.length,
      })
      return new Map(products.map((product) => [product.id, product.title]))
    },
    enabled: ids.length > 0,
  })
}
