import { STORY_IMAGE_SCHEMES, STORY_LINK_SCHEMES, STORY_TAGS } from "@ocop/shared"
import sanitizeHtml from "sanitize-html"

/**
 * What a product story may contain: text formatting, lists, links and images — no scripts
 * (the allow-list is `@ocop/shared`'s, which the producer portal's preview follows too).
 */
const STORY_HTML: sanitizeHtml.IOptions = {
  allowedTags: [...STORY_TAGS],
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt", "width", "height"] },
  allowedSchemes: [...STORY_LINK_SCHEMES],
  allowedSchemesByTag: { img: [...STORY_IMAGE_SCHEMES] },
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener nofollow" }) },
}

export function sanitizeStory(html: string): string {
  return sanitizeHtml(html, STORY_HTML).trim()
}
