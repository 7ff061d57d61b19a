import type { MetaDescriptor } from "react-router"

/** The portal is private: a title, and search engines keep out. */
export function portalMeta(seo: { title: string } | undefined): MetaDescriptor[] {
  if (!seo) return []
  return [{ title: seo.title }, { name: "robots", content: "noindex, nofollow" }]
}
