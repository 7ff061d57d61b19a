import { Alert, Button, Drawer, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useRevokeCertification } from "../hooks/use-certifications"
import { errorMessage } from "../lib/errors"
import type { CertificationWithState } from "../lib/types"
import { FormField } from "./form-field"

type RevokeCertificationDrawerProps = {
  /** The certificate to revoke; the drawer is open while one is set. */
  certification: CertificationWithState | null
  onClose: () => void
}

/** Revocation (thu hồi) needs a reason on record; the product is delisted at once. */
export const RevokeCertificationDrawer = ({
  certification,
  onClose,
}: RevokeCertificationDrawerProps) => {
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const revoke = useRevokeCertification()

  const close = () => {
    setReason("")
    setProblem(null)
    onClose()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!certification) return
    revoke.mutate(
      { id: certification.id, reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(`Certificate ${certification.certificate_number} revoked`)
          close()
        },
        onError: (error) => {
          setProblem(errorMessage(error))
          toast.error("The certificate was not revoked", { description: errorMessage(error) })
        },
      },
    )
  }

  return (
    <Drawer open={certification !== null} onOpenChange={(open) => !open && close()}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              Revoke (thu hồi) certificate {certification?.certificate_number}
            </Drawer.Title>
            <Drawer.Description className="sr-only">
              Give the reason for revoking this certificate.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              A revoked certificate no longer lets the product be sold as OCOP. If it is the
              product's current certificate, the product is delisted now. This cannot be undone; a
              re-evaluation is recorded as a new certificate.
            </Text>
            <FormField
              id="revoke-reason"
              label="Reason"
              hint="Kept on the certificate's record, e.g. the decision that revoked it."
            >
              <Textarea
                id="revoke-reason"
                aria-required
                rows={4}
                aria-describedby="revoke-reason-hint"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder="e.g. Not re-evaluated in time (Decision 1234/QĐ-UBND)"
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" variant="danger" type="submit" isLoading={revoke.isPending}>
              Revoke certificate
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
