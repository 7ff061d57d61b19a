import { Spinner } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type LoadingStateProps = { label?: string }

export const LoadingState = ({ label }: LoadingStateProps) => {
  const { t } = useOcopTranslation()
  return (
    <div role="status" className="flex items-center justify-center gap-x-2 px-6 py-10">
      <Spinner className="animate-spin text-ui-fg-subtle" aria-hidden="true" />
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {label ?? t("common.loading")}
      </Text>
    </div>
  )
}
