import { Alert, Button, DatePicker, Drawer, Input, Select, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import {
  defaultExpiry,
  levelsForStars,
  starsForScore,
} from "../../modules/ocop/lib/certification-rules"
import { CERTIFICATION_LEVELS, PRODUCT_GROUPS, type CertificationLevel } from "@ocop/shared"
import { useRecordCertification } from "../hooks/use-certifications"
import { formatDate, today } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { LEGACY_GROUP_OPTIONS, LEVEL_LABELS, PRODUCT_GROUP_LABELS } from "../lib/labels"
import { FormField } from "./form-field"
import { ScoreHint } from "./score-hint"

type RecordCertificationDrawerProps = {
  productId: string
  open: boolean
  onOpenChange: (open: boolean) => void
}

const AUTO = "auto"

const EMPTY = {
  certificateNumber: "",
  decisionNumber: "",
  issuingAuthority: "",
  score: "",
  stars: AUTO,
  level: AUTO,
  productGroup: "",
  productSubgroup: "",
  issuedAt: null as Date | null,
  expiresAt: null as Date | null,
  expiryReason: "",
}

/**
 * Records a council's result. Hints follow the programme's rules as the officer types, but the
 * server decides: its refusal is shown here word for word.
 */
export const RecordCertificationDrawer = ({
  productId,
  open,
  onOpenChange,
}: RecordCertificationDrawerProps) => {
  const [form, setForm] = useState(EMPTY)
  const [problem, setProblem] = useState<string | null>(null)
  const record = useRecordCertification()
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setForm((current) => ({ ...current, [key]: value }))

  const score = form.score.trim() === "" ? null : Number(form.score)
  const derivedStars = score === null || Number.isNaN(score) ? null : starsForScore(score)
  const stars = form.stars === AUTO ? derivedStars : Number(form.stars)
  const starsMismatch = form.stars !== AUTO && derivedStars !== null && stars !== derivedStars
  const derivedLevel = stars ? levelsForStars(stars)[0] : null
  const levelMismatch =
    form.level !== AUTO &&
    stars !== null &&
    !levelsForStars(stars).includes(form.level as CertificationLevel)

  const longestExpiry = form.issuedAt ? defaultExpiry(form.issuedAt) : null
  const endsEarly =
    !!form.expiresAt && !!longestExpiry && form.expiresAt.getTime() < longestExpiry.getTime()

  const close = (next: boolean) => {
    if (!next) {
      setForm(EMPTY)
      setProblem(null)
    }
    onOpenChange(next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!form.issuedAt) {
      setProblem("Choose the date the certificate was issued.")
      return
    }
    if (score === null || stars === null) {
      setProblem("Enter the council's score (0–100).")
      return
    }
    setProblem(null)
    record.mutate(
      {
        product_id: productId,
        certificate_number: form.certificateNumber.trim(),
        decision_number: form.decisionNumber.trim(),
        issuing_authority: form.issuingAuthority.trim(),
        score,
        stars,
        ...(form.level !== AUTO && { level: form.level as CertificationLevel }),
        product_group: form.productGroup,
        product_subgroup: form.productSubgroup.trim() || null,
        issued_at: form.issuedAt.toISOString(),
        expires_at: form.expiresAt ? form.expiresAt.toISOString() : null,
        expiry_reason: endsEarly ? form.expiryReason.trim() || null : null,
      },
      {
        onSuccess: ({ certification }) => {
          toast.success(`Certificate ${certification.certificate_number} recorded`)
          close(false)
        },
        onError: (error) => {
          setProblem(errorMessage(error))
          toast.error("The certificate was not recorded", { description: errorMessage(error) })
        },
      },
    )
  }

  return (
    <Drawer open={open} onOpenChange={close}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Record certificate</Drawer.Title>
            <Drawer.Description className="sr-only">
              Enter the council's result from the certificate (giấy chứng nhận OCOP).
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <FormField id="cert-number" label="Certificate number">
              <Input
                id="cert-number"
                aria-required
                value={form.certificateNumber}
                onChange={(e) => set("certificateNumber", e.target.value)}
                placeholder="e.g. QNA-2026-0142"
              />
            </FormField>
            <FormField id="cert-decision" label="Decision number (số quyết định)">
              <Input
                id="cert-decision"
                aria-required
                value={form.decisionNumber}
                onChange={(e) => set("decisionNumber", e.target.value)}
                placeholder="e.g. 2381/QĐ-UBND"
              />
            </FormField>
            <FormField id="cert-authority" label="Issuing authority">
              <Input
                id="cert-authority"
                aria-required
                value={form.issuingAuthority}
                onChange={(e) => set("issuingAuthority", e.target.value)}
                placeholder="e.g. People's Committee of Quảng Nam province"
              />
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="cert-score" label="Score (0–100)" hint={<ScoreHint score={score} />}>
                <Input
                  id="cert-score"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  step={1}
                  aria-required
                  aria-describedby="cert-score-hint"
                  value={form.score}
                  onChange={(e) => set("score", e.target.value)}
                />
              </FormField>
              <FormField
                id="cert-stars"
                label="Stars"
                warn={starsMismatch}
                hint={
                  starsMismatch
                    ? `The score earns ${derivedStars}★, not ${stars}★.`
                    : "Follows the score unless you pick one."
                }
              >
                <Select value={form.stars} onValueChange={(value) => set("stars", value)}>
                  <Select.Trigger id="cert-stars" aria-describedby="cert-stars-hint">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={AUTO}>
                      {derivedStars ? `${derivedStars}★ (from score)` : "From score"}
                    </Select.Item>
                    {[1, 2, 3, 4, 5].map((count) => (
                      <Select.Item key={count} value={String(count)}>
                        {`${count}★`}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormField>
            </div>
            <FormField
              id="cert-level"
              label="Level"
              warn={levelMismatch}
              hint={
                levelMismatch
                  ? `A ${stars}★ result is certified at ${derivedLevel} level.`
                  : "1–2★ local, 3–4★ provincial, 5★ national."
              }
            >
              <Select value={form.level} onValueChange={(value) => set("level", value)}>
                <Select.Trigger id="cert-level" aria-describedby="cert-level-hint">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={AUTO}>
                    {derivedLevel ? `${LEVEL_LABELS[derivedLevel]} (from stars)` : "From stars"}
                  </Select.Item>
                  {CERTIFICATION_LEVELS.map((level) => (
                    <Select.Item key={level} value={level}>
                      {LEVEL_LABELS[level]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <FormField id="cert-group" label="Product group">
              <Select
                value={form.productGroup}
                onValueChange={(value) => set("productGroup", value)}
              >
                <Select.Trigger id="cert-group">
                  <Select.Value placeholder="Choose a group" />
                </Select.Trigger>
                <Select.Content>
                  <Select.Group>
                    <Select.Label>Decision 148/QĐ-TTg (2023)</Select.Label>
                    {PRODUCT_GROUPS.map((group) => (
                      <Select.Item key={group} value={group}>
                        {PRODUCT_GROUP_LABELS[group]}
                      </Select.Item>
                    ))}
                  </Select.Group>
                  <Select.Separator />
                  <Select.Group>
                    <Select.Label>Decision 1048/QĐ-TTg (2018–2022)</Select.Label>
                    {LEGACY_GROUP_OPTIONS.map((option) => (
                      <Select.Item key={option.value} value={option.value}>
                        {option.label}
                      </Select.Item>
                    ))}
                  </Select.Group>
                </Select.Content>
              </Select>
            </FormField>
            <FormField id="cert-subgroup" label="Subgroup" optional>
              <Input
                id="cert-subgroup"
                value={form.productSubgroup}
                onChange={(e) => set("productSubgroup", e.target.value)}
                placeholder="e.g. fresh fruit and vegetables"
              />
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="cert-issued" label="Issued on">
                <DatePicker
                  aria-labelledby="cert-issued-label"
                  value={form.issuedAt}
                  onChange={(value) => set("issuedAt", value)}
                  maxValue={today()}
                  modal
                />
              </FormField>
              <FormField
                id="cert-expires"
                label="Valid until"
                optional
                hint={
                  longestExpiry
                    ? `Empty: 36 months, until ${formatDate(longestExpiry)} (the longest allowed).`
                    : "Empty: 36 months after issue (the longest allowed)."
                }
              >
                <DatePicker
                  aria-labelledby="cert-expires-label"
                  aria-describedby="cert-expires-hint"
                  value={form.expiresAt}
                  onChange={(value) => set("expiresAt", value)}
                  maxValue={longestExpiry ?? undefined}
                  modal
                />
              </FormField>
            </div>
            {endsEarly && (
              <FormField
                id="cert-expiry-reason"
                label="Reason for the earlier expiry"
                hint="Required when the certificate ends before 36 months, e.g. the decision that limits it."
              >
                <Input
                  id="cert-expiry-reason"
                  aria-describedby="cert-expiry-reason-hint"
                  value={form.expiryReason}
                  onChange={(e) => set("expiryReason", e.target.value)}
                />
              </FormField>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={record.isPending}>
              Record certificate
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
