import { useTranslation } from "react-i18next"
import { vietnamInputValue } from "#app/lib/organizer/forms.ts"
import { OrganizerForm, stateOf, TextField, type FairSectionProps } from "./organizer-form.tsx"

/** The fair's name, venue and dates; the backend says which dates may still move. */
export function FairDetails({ fair, actionData }: FairSectionProps) {
  const { t } = useTranslation("organizer")
  const { state, field } = stateOf("edit", actionData)
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
        {(["starts_at", "ends_at"] as const).map((name) => (
          <TextField
            key={name}
            type="datetime-local"
            label={t(name === "starts_at" ? "fair.startsAt" : "fair.endsAt")}
            {...field(name, vietnamInputValue(fair[name]))}
            required
          />
        ))}
      </OrganizerForm>
    </section>
  )
}
