import { ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type EmptyStateProps = { title: string; description?: string; action?: ReactNode }

export const EmptyState = ({ title, description, action }: EmptyStateProps) => (
  <div className="flex flex-col items-center justify-center gap-y-3 px-6 py-10 text-center">
    <ExclamationCircle className="text-ui-fg-subtle" aria-hidden="true" />
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      {description && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {action}
  </div>
)
