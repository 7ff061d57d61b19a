import { Alert, Button, Drawer, Input, Select, Textarea, toast } from "@medusajs/ui"
import { useState, type ComponentProps, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { LEGAL_FORMS, type LegalForm } from "@ocop/shared"
import { useCreateProducer } from "../hooks/use-producers"
import { errorMessage } from "../lib/errors"
import { handleFromName } from "../lib/handle"
import { LEGAL_FORM_LABELS } from "../lib/labels"
import type { CreateProducerBody } from "../lib/types"
import { FormField } from "./form-field"

type CreateProducerDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void }

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

const optional = (value: string) => value.trim() || null
const coordinate = (value: string) => (value.trim() === "" ? null : Number(value))

/** Registers a producer (chủ thể OCOP). The server checks every field and says what is wrong. */
export const CreateProducerDrawer = ({ open, onOpenChange }: CreateProducerDrawerProps) => {
  const [form, setForm] = useState(EMPTY)
  const [handleTouched, setHandleTouched] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const create = useCreateProducer()
  const navigate = useNavigate()
  const set = (key: keyof typeof EMPTY, value: string) =>
    setForm((current) => ({ ...current, [key]: value }))
  const handle = handleTouched ? form.handle : handleFromName(form.name)

  const close = (next: boolean) => {
    if (!next) {
      setForm(EMPTY)
      setHandleTouched(false)
      setProblem(null)
    }
    onOpenChange(next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: CreateProducerBody = {
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
        toast.success(`Producer ${producer.name} created`)
        close(false)
        navigate(`/ocop/producers/${producer.id}`)
      },
      onError: (error) => {
        setProblem(errorMessage(error))
        toast.error("The producer was not created", { description: errorMessage(error) })
      },
    })
  }

  const text = (key: keyof typeof EMPTY, id: string, props: ComponentProps<typeof Input> = {}) => (
    <Input id={id} value={form[key]} onChange={(e) => set(key, e.target.value)} {...props} />
  )

  return (
    <Drawer open={open} onOpenChange={close}>
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Create producer</Drawer.Title>
            <Drawer.Description className="sr-only">
              Register a cooperative, cooperative group, enterprise or household business.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <FormField id="producer-name" label="Name">
              {text("name", "producer-name", {
                "aria-required": true,
                placeholder: "e.g. HTX Quế Trà My",
              })}
            </FormField>
            <FormField
              id="producer-handle"
              label="Handle"
              hint="Lowercase letters, digits and dashes; used in the shop's web address."
            >
              <Input
                id="producer-handle"
                aria-required
                aria-describedby="producer-handle-hint"
                value={handle}
                onChange={(e) => {
                  setHandleTouched(true)
                  set("handle", e.target.value)
                }}
              />
            </FormField>
            <FormField id="producer-legal-form" label="Legal form">
              <Select value={form.legalForm} onValueChange={(value) => set("legalForm", value)}>
                <Select.Trigger id="producer-legal-form">
                  <Select.Value placeholder="Choose a legal form" />
                </Select.Trigger>
                <Select.Content>
                  {LEGAL_FORMS.map((legalForm) => (
                    <Select.Item key={legalForm} value={legalForm}>
                      {LEGAL_FORM_LABELS[legalForm]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <FormField id="producer-registration" label="Registration number" optional>
              {text("registrationNumber", "producer-registration")}
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="producer-province" label="Province">
                {text("province", "producer-province", {
                  "aria-required": true,
                  placeholder: "e.g. Quảng Nam",
                })}
              </FormField>
              <FormField id="producer-commune" label="Commune">
                {text("commune", "producer-commune", {
                  "aria-required": true,
                  placeholder: "e.g. Trà My",
                })}
              </FormField>
            </div>
            <FormField
              id="producer-legacy-district"
              label="Former district"
              optional
              hint="Only for records from before districts were abolished (1 July 2025)."
            >
              {text("legacyDistrict", "producer-legacy-district")}
            </FormField>
            <FormField id="producer-address" label="Address" optional>
              {text("address", "producer-address")}
            </FormField>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="producer-phone" label="Phone" optional>
                {text("phone", "producer-phone", { type: "tel" })}
              </FormField>
              <FormField id="producer-email" label="Email" optional>
                {text("email", "producer-email", { type: "email" })}
              </FormField>
            </div>
            <div className="grid grid-cols-2 gap-4">
              <FormField id="producer-latitude" label="Latitude" optional>
                {text("latitude", "producer-latitude", {
                  type: "number",
                  step: "any",
                  placeholder: "15.5736",
                })}
              </FormField>
              <FormField id="producer-longitude" label="Longitude" optional>
                {text("longitude", "producer-longitude", {
                  type: "number",
                  step: "any",
                  placeholder: "108.4740",
                })}
              </FormField>
            </div>
            <FormField id="producer-story-vi" label="Story (Vietnamese)" optional>
              <Textarea
                id="producer-story-vi"
                rows={4}
                value={form.storyVi}
                onChange={(e) => set("storyVi", e.target.value)}
              />
            </FormField>
            <FormField id="producer-story-en" label="Story (English)" optional>
              <Textarea
                id="producer-story-en"
                rows={4}
                value={form.storyEn}
                onChange={(e) => set("storyEn", e.target.value)}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Create producer
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
