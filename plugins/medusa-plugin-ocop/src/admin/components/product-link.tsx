import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

type ProductLinkProps = { productId: string; title: string | undefined }

/** A product's title linking to its page in the dashboard, with its id underneath. */
export const ProductLink = ({ productId, title }: ProductLinkProps) => (
  <div className="flex flex-col">
    <Link
      to={`/products/${productId}`}
      className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
    >
      {title ?? productId}
    </Link>
    {title && (
      <Text size="xsmall" leading="compact" className="font-mono text-ui-fg-muted">
        {productId}
      </Text>
    )}
  </div>
)
