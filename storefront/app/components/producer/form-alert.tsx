import type { ReactNode } from "react"

/** A message about the whole form, announced when it appears. */
export function FormAlert({
  children,
  tone = "error",
}: {
  children: ReactNode
  tone?: "error" | "info"
}) {
  return (
    <div
      className={`portal-alert portal-alert--${tone}`}
      role={tone === "error" ? "alert" : "status"}
    >
      {children}
    </div>
  )
}
