import { Alert, Button, Drawer, Text } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type DrawerFormProps = {
  title: ReactNode
  /** Read by screen readers only. */
  description: string
  /** The server's (or the form's own) refusal, shown above the fields. */
  problem: string | null
  /** A short explanation under the problem. */
  intro?: ReactNode
  onSubmit: () => void
  submitLabel: string
  isPending: boolean
  submitVariant?: "primary" | "danger"
  submitDisabled?: boolean
  children: ReactNode
}

/** The inside of every OCOP drawer: header, problem, fields, Cancel and the submit button. */
export const DrawerForm = ({
  title,
  description,
  problem,
  intro,
  onSubmit,
  submitLabel,
  isPending,
  submitVariant = "primary",
  submitDisabled,
  children,
}: DrawerFormProps) => {
  const { t } = useOcopTranslation()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{title}</Drawer.Title>
        <Drawer.Description className="sr-only">{description}</Drawer.Description>
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
          {submitLabel}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

type FormDrawerProps = DrawerFormProps & {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** A drawer holding one form. */
export const FormDrawer = ({ open, onOpenChange, ...form }: FormDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <DrawerForm {...form} />
    </Drawer.Content>
  </Drawer>
)
