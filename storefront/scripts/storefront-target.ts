// What the measuring scripts (lighthouse.ts, server-response.ts) point at: the running
// storefront, and a product page found on its listing.

/** STOREFRONT_URL without its trailing slash (default http://localhost:8000, `npm start`). */
export const storefrontUrl = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(
  /\/$/,
  "",
)

/** `configured` if set, else the listing's first product link: no knowledge of the seed needed. */
export async function productPath(configured: string | undefined): Promise<string> {
  if (configured) return configured
  const html = await fetch(`${storefrontUrl}/products`).then((response) => response.text())
  const match = /href="(\/products\/[^"?#]+)"/.exec(html)
  if (!match?.[1]) throw new Error(`${storefrontUrl}/products links no product`)
  return match[1]
}
