import { Alert, Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useUpdateProducerUser } from "../hooks/use-producer-users"
import { errorMessage } from "../lib/errors"
import { personName } from "../lib/network-labels"
import type { ProducerUser } from "../lib/network-types"
import { ProducerPicker, type PickedProducer } from "./producer-picker"
import { SectionRow } from "./section-row"

type ApproveProducerUserDrawerProps = {
  /** The account to approve; the drawer is open while one is set. */
  user: ProducerUser | null
  onClose: () => void
}

/** Approval attaches the account to the one producer whose listings it will manage. */
export const ApproveProducerUserDrawer = ({ user, onClose }: ApproveProducerUserDrawerProps) => {
  const [producer, setProducer] = useState<PickedProducer | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const update = useUpdateProducerUser()

  const close = () => {
    setProducer(null)
    setProblem(null)
    onClose()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!user || !producer) return
    update.mutate(
      { id: user.id, body: { status: "approved", producer_id: producer.id } },
      {
        onSuccess: () => {
          toast.success(`${user.email} approved for ${producer.name}`)
          close()
        },
        onError: (error) => {
          setProblem(errorMessage(error))
          toast.error("The account was not approved", { description: errorMessage(error) })
        },
      },
    )
  }

  return (
    <Drawer open={user !== null} onOpenChange={(open) => !open && close()}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Approve {user?.email}</Drawer.Title>
            <Drawer.Description className="sr-only">
              Choose the producer this account will manage.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              Check the applicant against the producer's records, then choose the producer. The
              account will manage that producer's listings, stock and stories on the producer
              portal.
            </Text>
            {user && (
              <div className="-mx-6 divide-y border-y">
                <SectionRow label="Name">{personName(user) || "—"}</SectionRow>
                <SectionRow label="Phone">{user.phone ?? "—"}</SectionRow>
                <SectionRow label="Requested producer">
                  {user.requested_producer_name ?? "—"}
                </SectionRow>
                <SectionRow label="Registration number">
                  {user.requested_registration_number ?? "—"}
                </SectionRow>
              </div>
            )}
            {user && (
              <ProducerPicker
                key={user.id}
                id="approve-producer"
                value={producer}
                onChange={setProducer}
                initialSearch={user.requested_producer_name ?? ""}
              />
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" disabled={!producer} isLoading={update.isPending}>
              Approve
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
