import { Alert } from "@medusajs/ui"
import { errorMessage } from "../lib/errors"

type ErrorStateProps = { error: unknown; what: string }

export const ErrorState = ({ error, what }: ErrorStateProps) => (
  <div className="px-6 py-4">
    <Alert variant="error">
      Could not load {what}: {errorMessage(error)}
    </Alert>
  </div>
)
