import { Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { LEGAL_FORMS, type LegalForm } from "@ocop/shared"
import type { ProducerInput } from "../../workflows/types"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useCreateProducer } from "../hooks/use-producers"
import { optional } from "../lib/form-values"
import { handleFromName } from "../lib/handle"
import { ChoiceField } from "./choice-field"
import { CoordinateFields } from "./coordinate-fields"
import { DrawerForm, formDrawer, type DrawerState, type FormProps } from "./form-drawer"
import { FormField, TextField } from "./form-field"

const EMPTY = {
  name: "",
  handle: "",
  legalForm: "",
  registrationNumber: "",
  province: "",
  commune: "",
  legacyDistrict: "",
  address: "",
  phone: "",
  email: "",
  latitude: "",
  longitude: "",
  storyVi: "",
  storyEn: "",
}

const coordinate = (value: string) => (value.trim() === "" ? null : Number(value))

/** Registers a producer (chủ thể OCOP). The server checks every field and says what is wrong. */
const CreateProducerForm = ({ onDone }: FormProps<DrawerState>) => {
  const { t } = useOcopTranslation()
  const { form, set, bind, field, problem, failWith } = useFormState(
    EMPTY,
    "createProducer",
    "producer",
  )
  const [handleTouched, setHandleTouched] = useState(false)
  const create = useCreateProducer()
  const navigate = useNavigate()
  const handle = handleTouched ? form.handle : handleFromName(form.name)

  const submit = () => {
    const body: ProducerInput = {
      name: form.name.trim(),
      handle: handle.trim(),
      legal_form: form.legalForm as LegalForm,
      registration_number: optional(form.registrationNumber),
      province: form.province.trim(),
      commune: form.commune.trim(),
      legacy_district: optional(form.legacyDistrict),
      address: optional(form.address),
      phone: optional(form.phone),
      email: optional(form.email),
      latitude: coordinate(form.latitude),
      longitude: coordinate(form.longitude),
      story_vi: optional(form.storyVi),
      story_en: optional(form.storyEn),
    }
    create.mutate(body, {
      onSuccess: ({ producer }) => {
        toast.success(t("createProducer.created", { name: producer.name }))
        onDone()
        navigate(`/ocop/producers/${producer.id}`)
      },
      onError: failWith(t("createProducer.failed")),
    })
  }

  return (
    <DrawerForm
      texts="createProducer"
      problem={problem}
      onSubmit={submit}
      isPending={create.isPending}
    >
      <TextField {...field("name")} aria-required />
      <TextField
        id="producer-handle"
        label={t("createProducer.handle")}
        hint={t("createProducer.handleHint")}
        aria-required
        value={handle}
        onChange={(e) => {
          setHandleTouched(true)
          set("handle", e.target.value)
        }}
      />
      <ChoiceField
        id="producer-legal-form"
        label={t("producer.legalForm")}
        value={form.legalForm}
        onChange={(value) => set("legalForm", value)}
        placeholder={t("createProducer.chooseLegalForm")}
        options={LEGAL_FORMS.map((legal) => ({ value: legal, label: t(`legalForm.${legal}`) }))}
      />
      <TextField {...field("registrationNumber")} optional />
      <div className="grid grid-cols-2 gap-4">
        <TextField {...field("province")} aria-required />
        <TextField {...field("commune")} aria-required />
      </div>
      <TextField
        {...field("legacyDistrict")}
        optional
        hint={t("createProducer.legacyDistrictHint")}
      />
      <TextField {...field("address")} optional />
      <div className="grid grid-cols-2 gap-4">
        <TextField {...field("phone")} optional type="tel" />
        <TextField {...field("email")} optional type="email" />
      </div>
      <CoordinateFields id="producer" latitude={bind("latitude")} longitude={bind("longitude")} />
      <FormField id="producer-story-vi" label={t("producer.storyVi")} optional>
        <Textarea id="producer-story-vi" rows={4} {...bind("storyVi")} />
      </FormField>
      <FormField id="producer-story-en" label={t("producer.storyEn")} optional>
        <Textarea id="producer-story-en" rows={4} {...bind("storyEn")} />
      </FormField>
    </DrawerForm>
  )
}

export const CreateProducerDrawer = formDrawer<DrawerState>(CreateProducerForm)
