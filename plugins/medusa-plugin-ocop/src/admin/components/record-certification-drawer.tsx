import { DatePicker, Select, toast } from "@medusajs/ui"
import {
  defaultExpiry,
  levelsForStars,
  starsForScore,
} from "../../modules/ocop/lib/certification-rules"
import { CERTIFICATION_LEVELS, PRODUCT_GROUPS, type CertificationLevel } from "@ocop/shared"
import type { CertificationInput } from "../../workflows/types"
import { useRecordCertification } from "../hooks/use-certifications"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { today } from "../lib/dates"
import { legacyGroupOptions } from "../lib/labels"
import { ChoiceField } from "./choice-field"
import { DrawerForm, formDrawer, type DrawerState, type FormProps } from "./form-drawer"
import { FormField, TextField } from "./form-field"
import { ScoreHint } from "./score-hint"

type RecordCertificationDrawerProps = DrawerState & { productId: string }

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
const RecordCertificationForm = ({
  productId,
  onDone,
}: FormProps<RecordCertificationDrawerProps>) => {
  const { t, formatDate } = useOcopTranslation()
  const { form, set, bind, field, problem, setProblem, failWith } = useFormState(
    EMPTY,
    "recordCertification",
    "cert",
  )
  const record = useRecordCertification()

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

  const submit = () => {
    if (!form.issuedAt) {
      setProblem(t("recordCertification.chooseIssued"))
      return
    }
    if (score === null || stars === null) {
      setProblem(t("recordCertification.enterScore"))
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
        product_group: form.productGroup as CertificationInput["product_group"],
        product_subgroup: form.productSubgroup.trim() || null,
        issued_at: form.issuedAt.toISOString(),
        expires_at: form.expiresAt ? form.expiresAt.toISOString() : null,
        expiry_reason: endsEarly ? form.expiryReason.trim() || null : null,
      },
      {
        onSuccess: ({ certification }) => {
          toast.success(
            t("recordCertification.recorded", { number: certification.certificate_number }),
          )
          onDone()
        },
        onError: failWith(t("recordCertification.failed")),
      },
    )
  }

  return (
    <DrawerForm
      texts="recordCertification"
      problem={problem}
      onSubmit={submit}
      isPending={record.isPending}
    >
      <TextField {...field("certificateNumber")} aria-required />
      <TextField {...field("decisionNumber")} aria-required />
      <TextField {...field("issuingAuthority")} aria-required />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          id="cert-score"
          label={t("recordCertification.score")}
          hint={<ScoreHint score={score} />}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          aria-required
          {...bind("score")}
        />
        <ChoiceField
          id="cert-stars"
          label={t("certifications.stars")}
          warn={starsMismatch}
          hint={
            starsMismatch
              ? t("recordCertification.starsMismatch", { derived: derivedStars, stars })
              : t("recordCertification.starsHint")
          }
          value={form.stars}
          onChange={(value) => set("stars", value)}
          options={[
            {
              value: AUTO,
              label: derivedStars
                ? t("recordCertification.starsFromScore", { stars: derivedStars })
                : t("recordCertification.fromScore"),
            },
            ...[1, 2, 3, 4, 5].map((count) => ({ value: String(count), label: `${count}★` })),
          ]}
        />
      </div>
      <ChoiceField
        id="cert-level"
        label={t("recordCertification.level")}
        warn={levelMismatch}
        hint={
          levelMismatch && derivedLevel
            ? t("recordCertification.levelMismatch", { stars, level: t(`level.${derivedLevel}`) })
            : t("recordCertification.levelHint")
        }
        value={form.level}
        onChange={(value) => set("level", value)}
        options={[
          {
            value: AUTO,
            label: derivedLevel
              ? t("recordCertification.levelFromStars", { level: t(`level.${derivedLevel}`) })
              : t("recordCertification.fromStars"),
          },
          ...CERTIFICATION_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })),
        ]}
      />
      <FormField id="cert-group" label={t("recordCertification.productGroup")}>
        <Select value={form.productGroup} onValueChange={(value) => set("productGroup", value)}>
          <Select.Trigger id="cert-group">
            <Select.Value placeholder={t("recordCertification.chooseGroup")} />
          </Select.Trigger>
          <Select.Content>
            <Select.Group>
              <Select.Label>{t("recordCertification.groupsCurrent")}</Select.Label>
              {PRODUCT_GROUPS.map((group) => (
                <Select.Item key={group} value={group}>
                  {t(`productGroup.${group}`)}
                </Select.Item>
              ))}
            </Select.Group>
            <Select.Separator />
            <Select.Group>
              <Select.Label>{t("recordCertification.groupsLegacy")}</Select.Label>
              {legacyGroupOptions(t).map((option) => (
                <Select.Item key={option.value} value={option.value}>
                  {option.label}
                </Select.Item>
              ))}
            </Select.Group>
          </Select.Content>
        </Select>
      </FormField>
      <TextField {...field("productSubgroup")} optional />
      <div className="grid grid-cols-2 gap-4">
        <FormField id="cert-issued" label={t("recordCertification.issuedOn")}>
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
          label={t("certifications.validUntil")}
          optional
          hint={
            longestExpiry
              ? t("recordCertification.expiryDefaultOn", { date: formatDate(longestExpiry) })
              : t("recordCertification.expiryDefault")
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
        <TextField {...field("expiryReason")} hint={t("recordCertification.expiryReasonHint")} />
      )}
    </DrawerForm>
  )
}

export const RecordCertificationDrawer =
  formDrawer<RecordCertificationDrawerProps>(RecordCertificationForm)
