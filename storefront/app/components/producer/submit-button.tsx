import type { ButtonHTMLAttributes } from "react"
import { useNavigation } from "react-router"

/**
 * A submit button that says it is working while its form is sent: disabled, with the pending
 * label, so a slow phone connection does not invite a second tap.
 */
export function SubmitButton({
  label,
  pendingLabel,
  pending,
  intent,
  className = "button",
  ...button
}: {
  label: string
  pendingLabel: string
  /** For fetcher forms; by default, any form submission of this page in flight. */
  pending?: boolean
  /** The `intent` this button submits; pending only when that intent is in flight. */
  intent?: string
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "name" | "value">) {
  const navigation = useNavigation()
  const submitting =
    navigation.state === "submitting" &&
    (intent === undefined || navigation.formData?.get("intent") === intent)
  const busy = pending ?? submitting
  return (
    <button
      type="submit"
      className={className}
      name={intent ? "intent" : undefined}
      value={intent}
      disabled={busy}
      {...button}
    >
      {busy ? pendingLabel : label}
    </button>
  )
}
