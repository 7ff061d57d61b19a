import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionRowProps = { label: string; children: ReactNode }

/** A label and its value, laid out like the dashboard's own detail sections. */
export const SectionRow = ({ label, children }: SectionRowProps) => (
  <div className="grid grid-cols-2 items-start gap-x-4 px-6 py-3 text-ui-fg-subtle">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="text-ui-fg-base">
      {typeof children === "string" || typeof children === "number" ? (
        <Text size="small" leading="compact">
          {children}
        </Text>
      ) : (
        children
      )}
    </div>
  </div>
)
