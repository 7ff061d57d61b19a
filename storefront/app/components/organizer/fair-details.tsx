import { useTranslation } from "react-i18next"
import { vietnamInputValue } from "#app/lib/organizer/forms.ts"
import type { OrganizerFormState } from "#app/lib/organizer/submit.server.ts"
import type { OrganizerFair } from "#app/lib/organizer/types.ts"
import { OrganizerForm, stateOf, TextField } from "./organizer-form.tsx"

/** The fair's name, venue and dates; the backend says which dates may still move. */
export function FairDetails({
  fair,
  actionData,
}: {
  fair: OrganizerFair
  actionData: OrganizerFormState | undefined
}) {
  const { t } = useTranslation("organizer")
  const state = stateOf("edit", actionData)
  const field = (name: "name" | "name_en" | "venue", saved: string | null | undefined) => ({
    id: `edit-${name}`,
    name,
    defaultValue: state.values[name] ?? saved ?? "",
    error: state.errors[name],
  })
  const date = (name: "starts_at" | "ends_at") => ({
    id: `edit-${name}`,
    name,
    type: "datetime-local",
    defaultValue: state.values[name] ?? vietnamInputValue(fair[name]),
    error: state.errors[name],
  })
  return (
    <section aria-labelledby="fair-edit">
      <h2 id="fair-edit">{t("fair.editTitle")}</h2>
      <p className="staff-muted">{t("fair.editHint")}</p>
      <OrganizerForm
        state={state}
        title={t("fair.editTitle")}
        submitLabel={t("fair.save")}
        pendingLabel={t("fair.saving")}
      >
        <TextField label={t("fair.name")} {...field("name", fair.name)} required />
        <TextField label={t("fair.nameEn")} {...field("name_en", fair.name_en)} />
        <TextField label={t("fair.venue")} {...field("venue", fair.venue)} required />
        <TextField label={t("fair.startsAt")} {...date("starts_at")} required />
        <TextField label={t("fair.endsAt")} {...date("ends_at")} required />
      </OrganizerForm>
    </section>
  )
}
