import { Drawer } from "@medusajs/ui"
import { Fragment, type ReactNode } from "react"

type SubjectDrawerProps<T extends { id: string }> = {
  /** What the drawer acts on; it is open while one is set. */
  subject: T | null
  onClose: () => void
  /** The form, mounted afresh for each subject so it starts from the subject's current state. */
  children: (subject: T) => ReactNode
}

/** A drawer about one row of a list (a staff member, a fair, a certificate…). */
export const SubjectDrawer = <T extends { id: string }>({
  subject,
  onClose,
  children,
}: SubjectDrawerProps<T>) => (
  <Drawer open={subject !== null} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content>
      {subject && <Fragment key={subject.id}>{children(subject)}</Fragment>}
    </Drawer.Content>
  </Drawer>
)
