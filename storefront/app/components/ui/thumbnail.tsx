/**
 * A product's 96 px thumbnail in a list (cart lines, the producer's products), or its empty
 * frame when the product has no image. `className` is the block's image class; the empty frame
 * adds its `--empty` modifier. Decorative: the line's title names the product.
 */
export function Thumbnail({
  src,
  className,
  Empty = "div",
}: {
  src: string | null | undefined
  className: string
  /** The empty frame's element (a `span` inside inline content). */
  Empty?: "div" | "span"
}) {
  if (!src) return <Empty className={`${className} ${className}--empty`} aria-hidden="true" />
  return <img className={className} src={src} alt="" width={96} height={96} loading="lazy" />
}
