// A store response may carry products in many shapes: a list of products, a product inside a
// collection or category, variants with their product. These two pure functions find every
// product such a body names and drop the ones the gate does not list at this instant.

type Json = unknown
type Node = Record<string, unknown>

const isNode = (value: Json): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Variants whose product the body does not say (selected without `product_id`). */
export type VariantProducts = ReadonlyMap<string, string>

const isVariant = (id: unknown): id is string => typeof id === "string" && id.startsWith("variant_")

/** The product an object stands for: itself (`prod_…`), or a variant's product. */
function productOf(node: Node, variants: VariantProducts): string | undefined {
  const id = node.id
  if (typeof id === "string" && id.startsWith("prod_")) return id
  if (!isVariant(id)) return undefined
  return typeof node.product_id === "string" ? node.product_id : variants.get(id)
}

/** Every product the body names, however deep, and the variants it names without their product. */
export function referencesIn(
  body: Json,
  found = { products: new Set<string>(), bareVariants: new Set<string>() },
) {
  if (Array.isArray(body)) {
    for (const item of body) referencesIn(item, found)
  } else if (isNode(body)) {
    if (typeof body.id === "string" && body.id.startsWith("prod_")) found.products.add(body.id)
    if (isVariant(body.id)) {
      if (typeof body.product_id === "string") found.products.add(body.product_id)
      else found.bareVariants.add(body.id)
    }
    for (const value of Object.values(body)) referencesIn(value, found)
  }
  return found
}

/**
 * Drops, in place, every product (and variant of a product) the gate does not list from the
 * arrays that hold them, and clears a nested `product` that is not listed. The top-level
 * list's `count` goes down by what was dropped from it. Returns whether the top-level object
 * itself names an unlisted product under `product` or `variant` (the caller answers 404).
 */
export function pruneUnlisted(
  body: Json,
  listed: ReadonlySet<string>,
  variants: VariantProducts = new Map(),
): { refused: boolean } {
  const unlisted = (value: Json) => {
    if (!isNode(value)) return false
    const product = productOf(value, variants)
    // A variant whose product could not be found is treated as unlisted.
    if (product === undefined) return isVariant(value.id)
    return !listed.has(product)
  }
  const visit = (node: Json, top: boolean) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, false)
      return
    }
    if (!isNode(node)) return
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value)) {
        const kept = value.filter((item) => !unlisted(item))
        if (top && kept.length !== value.length && typeof node.count === "number") {
          node.count = Math.max(0, node.count - (value.length - kept.length))
        }
        node[key] = kept
        visit(kept, false)
      } else if (unlisted(value)) {
        node[key] = null
      } else {
        visit(value, false)
      }
    }
  }
  const root = isNode(body) ? body : undefined
  const refused = !!root && (unlisted(root.product) || unlisted(root.variant))
  if (!refused) visit(body, true)
  return { refused }
}
