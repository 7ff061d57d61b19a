/** React Query keys: every OCOP query starts with "ocop", so one invalidation refreshes them all. */
export const ocopKeys = {
  all: ["ocop"] as const,
  product: (productId: string) => ["ocop", "product", productId] as const,
  certifications: (params: Record<string, string | number>) =>
    ["ocop", "certifications", params] as const,
  producers: (params: Record<string, string | number>) => ["ocop", "producers", params] as const,
  producer: (producerId: string) => ["ocop", "producer", producerId] as const,
  productTitles: (productIds: string[]) => ["ocop", "product-titles", productIds] as const,
}

/** The dashboard's own product queries: a certificate change can publish or unpublish a product. */
export const coreProductKeys = ["products"] as const
