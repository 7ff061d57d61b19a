import { Link } from "react-router-dom"
import type { Producer } from "../lib/types"

type ProducerLinkProps = { producer: Pick<Producer, "id" | "name"> }

export const ProducerLink = ({ producer }: ProducerLinkProps) => (
  <Link
    to={`/ocop/producers/${producer.id}`}
    className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
  >
    {producer.name}
  </Link>
)
