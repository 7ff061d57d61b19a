import { Drawer } from "@medusajs/ui"
import { Fragment, type ComponentType, type ReactNode } from "react"

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

/** The props of a form about one row: the row, and what to do once done. */
export type SubjectFormProps<T> = { subject: T; onDone: () => void }

/** The subject drawer of one form: open while a row is chosen; the form's `onDone` closes it. */
export const subjectDrawer =
  <T extends { id: string }>(Form: ComponentType<SubjectFormProps<T>>) =>
  ({ subject, onClose }: Omit<SubjectDrawerProps<T>, "children">) => (
    <SubjectDrawer subject={subject} onClose={onClose}>
      {(chosen) => <Form subject={chosen} onDone={onClose} />}
    </SubjectDrawer>
  )
