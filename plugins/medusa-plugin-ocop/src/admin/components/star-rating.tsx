import { Text } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type StarRatingProps = {
  stars: number
  /** Glyphs only, for tables; the count stays available to screen readers and as a tooltip. */
  compact?: boolean
}

/** Stars as ★ glyphs with the number spelled out, so they read right aloud too. */
export const StarRating = ({ stars, compact }: StarRatingProps) => {
  const { t } = useOcopTranslation()
  const words = t("stars.count", { count: stars })
  return (
    <Text
      size="small"
      leading="compact"
      as="span"
      title={compact ? words : undefined}
      className="inline-flex items-center gap-x-1.5 whitespace-nowrap"
    >
      <span aria-hidden="true" className="tracking-wider text-ui-tag-orange-icon">
        {"★".repeat(stars)}
        <span className="text-ui-fg-disabled">{"★".repeat(Math.max(0, 5 - stars))}</span>
      </span>
      <span className={compact ? "sr-only" : undefined}>{words}</span>
    </Text>
  )
}
