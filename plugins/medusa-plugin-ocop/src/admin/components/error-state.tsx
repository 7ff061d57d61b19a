import { Alert } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { errorMessage } from "../lib/errors"

type ErrorStateProps = { error: unknown; what: string }

export const ErrorState = ({ error, what }: ErrorStateProps) => {
  const { t } = useOcopTranslation()
  return (
    <div className="px-6 py-4">
      <Alert variant="error">
        {t("common.couldNotLoad", { what, message: errorMessage(error, t) })}
      </Alert>
    </div>
  )
}
