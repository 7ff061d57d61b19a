import { createElement, type ReactNode } from "react"
import { parseStoryHtml, type StoryNode } from "#app/lib/producer/story-html.ts"

function render(nodes: StoryNode[], prefix: string): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${prefix}${index}`
    if (node.type === "text") return node.text
    const props: Record<string, string> = { key, ...node.attributes }
    if (node.tag === "a") props.rel = "noopener nofollow"
    if (node.tag === "br" || node.tag === "img") return createElement(node.tag, props)
    return createElement(node.tag, props, ...render(node.children, `${key}.`))
  })
}

/**
 * Story HTML shown without `dangerouslySetInnerHTML`: parsed into the tags the backend keeps
 * and rendered as React elements, so a typed `<script>` or `onclick` can never run.
 */
export function StoryHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className}>{render(parseStoryHtml(html), "")}</div>
}
