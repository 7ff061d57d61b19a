import { Alert, Button, Drawer, Text } from "@medusajs/ui"
import type { ComponentType, FormEvent, ReactNode } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type DrawerFormProps = {
  /**
   * The drawer's translation group: `<texts>.title`, `.description` (read by screen readers
   * only), `.submit`, and `.intro` when the group has one (a short explanation above the fields).
   */
  texts: string
  /** Values for the texts' {{placeholders}}, e.g. the email of the account acted on. */
  textValues?: Record<string, string | number>
  /** The server's (or the form's own) refusal, shown above the fields. */
  problem: string | null
  onSubmit: () => void
  isPending: boolean
  submitVariant?: "primary" | "danger"
  submitDisabled?: boolean
  children: ReactNode
}

/** The inside of every OCOP drawer: header, problem, fields, Cancel and the submit button. */
export const DrawerForm = ({
  texts,
  textValues,
  problem,
  onSubmit,
  isPending,
  submitVariant = "primary",
  submitDisabled,
  children,
}: DrawerFormProps) => {
  const { t } = useOcopTranslation()
  const text = (part: string) => t(`${texts}.${part}`, { ...textValues, defaultValue: "" })
  const intro = text("intro")
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{text("title")}</Drawer.Title>
        <Drawer.Description className="sr-only">{text("description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {problem && (
          <Alert variant="error" role="alert">
            {problem}
          </Alert>
        )}
        {intro && (
          <Text size="small" className="text-ui-fg-subtle">
            {intro}
          </Text>
        )}
        {children}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button
          size="small"
          type="submit"
          variant={submitVariant}
          disabled={submitDisabled}
          isLoading={isPending}
        >
          {text("submit")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

/** Whether a drawer is open, owned by the page that opens it. */
export type DrawerState = { open: boolean; onOpenChange: (open: boolean) => void }

type FormDrawerProps = DrawerState & {
  /** The form; it is mounted each time the drawer opens, so it starts empty. */
  children: ReactNode
}

/** A drawer holding one form. */
export const FormDrawer = ({ open, onOpenChange, children }: FormDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>{children}</Drawer.Content>
  </Drawer>
)

/** The props of a drawer's form: the drawer's own, without open/close, plus what to do once done. */
export type FormProps<P> = Omit<P, keyof DrawerState> & { onDone: () => void }

/** The drawer of a form: it takes the form's props and open/close; the form's `onDone` closes it. */
export const formDrawer =
  <P extends DrawerState>(Form: ComponentType<FormProps<P>>) =>
  ({ open, onOpenChange, ...props }: P) => (
    <FormDrawer open={open} onOpenChange={onOpenChange}>
      <Form {...(props as Omit<P, keyof DrawerState>)} onDone={() => onOpenChange(false)} />
    </FormDrawer>
  )
