import type { MetaDescriptor } from "react-router"

/** Translated by the loader, because `meta` runs outside React and its i18n context. */
export type Seo = { title: string; description: string }

export function seoMeta(seo: Seo | undefined): MetaDescriptor[] {
  if (!seo) return []
  return [
    { title: seo.title },
    { name: "description", content: seo.description },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
  ]
}
