import { Alert, Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useInviteProducerUser } from "../hooks/use-producer-users"
import { errorMessage } from "../lib/errors"
import { FormField } from "./form-field"
import { ProducerPicker, type PickedProducer } from "./producer-picker"
import { announceInvitation } from "./resend-invitation-button"

type InviteProducerUserDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void }

const EMPTY = { email: "", firstName: "", lastName: "" }

const optional = (value: string) => value.trim() || null

/** Invites someone to manage a producer: the account is approved and waits to be claimed. */
export const InviteProducerUserDrawer = ({ open, onOpenChange }: InviteProducerUserDrawerProps) => {
  const [form, setForm] = useState(EMPTY)
  const [producer, setProducer] = useState<PickedProducer | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const invite = useInviteProducerUser()
  const set = (key: keyof typeof EMPTY, value: string) =>
    setForm((current) => ({ ...current, [key]: value }))

  const close = (next: boolean) => {
    if (!next) {
      setForm(EMPTY)
      setProducer(null)
      setProblem(null)
    }
    onOpenChange(next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!producer) {
      setProblem("Choose the producer the account will manage.")
      return
    }
    const email = form.email.trim()
    invite.mutate(
      {
        email,
        producer_id: producer.id,
        first_name: optional(form.firstName),
        last_name: optional(form.lastName),
      },
      {
        onSuccess: ({ invitation }) => {
          announceInvitation(invitation, `${email} invited for ${producer.name}`)
          close(false)
        },
        onError: (error) => {
          setProblem(errorMessage(error))
          toast.error("The invitation was not made", { description: errorMessage(error) })
        },
      },
    )
  }

  return (
    <Drawer open={open} onOpenChange={close}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Invite a producer account</Drawer.Title>
            <Drawer.Description className="sr-only">
              Open an approved account for someone who manages a producer's listings.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              The account is approved for the producer at once. An invitation is emailed to this
              address: its link (one use, 7 days) lets the person choose a password and claim the
              account. Registering the address without the link does not claim it.
            </Text>
            <FormField id="invite-email" label="Email">
              <Input
                id="invite-email"
                type="email"
                aria-required
                autoComplete="off"
                value={form.email}
                onChange={(e) => set("email", e.target.value)}
                placeholder="e.g. lan.nguyen@example.vn"
              />
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="invite-last-name" label="Family name" optional>
                <Input
                  id="invite-last-name"
                  value={form.lastName}
                  onChange={(e) => set("lastName", e.target.value)}
                  placeholder="e.g. Nguyễn Thị"
                />
              </FormField>
              <FormField id="invite-first-name" label="Given name" optional>
                <Input
                  id="invite-first-name"
                  value={form.firstName}
                  onChange={(e) => set("firstName", e.target.value)}
                  placeholder="e.g. Lan"
                />
              </FormField>
            </div>
            <ProducerPicker id="invite-producer" value={producer} onChange={setProducer} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={invite.isPending}>
              Invite
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
