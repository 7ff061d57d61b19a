import { Alert, Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCreateStaffUser } from "../hooks/use-staff-users"
import { errorMessage } from "../lib/errors"
import type { Place } from "../lib/network-types"
import { FormField } from "./form-field"
import { PlaceChecklist } from "./place-checklist"
import { announceInvitation } from "./resend-invitation-button"

type OpenStaffAccountDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  places: Place[]
}

const EMPTY = { email: "", firstName: "", lastName: "" }

const optional = (value: string) => value.trim() || null

/** Opens a staff account for the places it will manage and emails the person an invitation. */
export const OpenStaffAccountDrawer = ({
  open,
  onOpenChange,
  places,
}: OpenStaffAccountDrawerProps) => {
  const [form, setForm] = useState(EMPTY)
  const [placeIds, setPlaceIds] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const create = useCreateStaffUser()
  const set = (key: keyof typeof EMPTY, value: string) =>
    setForm((current) => ({ ...current, [key]: value }))

  const close = (next: boolean) => {
    if (!next) {
      setForm(EMPTY)
      setPlaceIds([])
      setProblem(null)
    }
    onOpenChange(next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (placeIds.length === 0) {
      setProblem("Choose at least one place the person works at.")
      return
    }
    const email = form.email.trim()
    create.mutate(
      {
        email,
        first_name: optional(form.firstName),
        last_name: optional(form.lastName),
        place_ids: placeIds,
      },
      {
        onSuccess: ({ invitation }) => {
          announceInvitation(invitation, `Staff account opened for ${email}`)
          close(false)
        },
        onError: (error) => {
          setProblem(errorMessage(error))
          toast.error("The staff account was not opened", { description: errorMessage(error) })
        },
      },
    )
  }

  return (
    <Drawer open={open} onOpenChange={close}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Open a staff account</Drawer.Title>
            <Drawer.Description className="sr-only">
              Give someone the places whose shelf stock and counter sales they will manage.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              An invitation is emailed to this address. Its link (one use, 7 days) lets the person
              choose a password and claim the account; they then manage the places chosen here.
            </Text>
            <FormField id="staff-email" label="Email">
              <Input
                id="staff-email"
                type="email"
                aria-required
                autoComplete="off"
                value={form.email}
                onChange={(e) => set("email", e.target.value)}
                placeholder="e.g. hoa.tran@example.vn"
              />
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="staff-last-name" label="Family name" optional>
                <Input
                  id="staff-last-name"
                  value={form.lastName}
                  onChange={(e) => set("lastName", e.target.value)}
                  placeholder="e.g. Trần Thị"
                />
              </FormField>
              <FormField id="staff-first-name" label="Given name" optional>
                <Input
                  id="staff-first-name"
                  value={form.firstName}
                  onChange={(e) => set("firstName", e.target.value)}
                  placeholder="e.g. Hoa"
                />
              </FormField>
            </div>
            <PlaceChecklist
              id="staff-places"
              places={places}
              value={placeIds}
              onChange={setPlaceIds}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Open account
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
