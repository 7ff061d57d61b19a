import { useTranslation } from "react-i18next"
import { DataTable } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { BoothApplication } from "#app/lib/fairs/applications.ts"
import type { OrganizerFormState } from "#app/lib/organizer/submit.server.ts"
import { OrganizerForm, stateOf, TextField } from "./organizer-form.tsx"

/** What was decided: the booth given, or the reason for declining. */
function Outcome({ application }: { application: BoothApplication }) {
  const { t } = useTranslation("organizer")
  const status = t(`applications.status.${application.status}`)
  if (application.status === "accepted")
    return `${status} · ${t("applications.booth", { number: application.booth_number })}`
  if (application.status === "declined") return `${status} · ${application.decline_reason}`
  return status
}

/** The two decisions on a pending application, each with the one field it needs. */
const decisions = [
  { verb: "accept", field: "booth_number", label: "boothNumber", hint: "boothHint" },
  { verb: "decline", field: "reason", label: "reason", hint: null },
] as const

/** Accept (with a booth number) or decline (with a reason) one pending application. */
function Decide({
  application,
  actionData,
}: {
  application: BoothApplication
  actionData: OrganizerFormState | undefined
}) {
  const { t } = useTranslation("organizer")
  const name = application.producer.name
  return (
    <div className="staff-actions">
      {decisions.map(({ verb, field, label, hint }) => {
        const { state, field: props } = stateOf(`${verb}:${application.id}`, actionData)
        return (
          <OrganizerForm
            key={verb}
            state={state}
            title={t(`applications.${verb}Title`, { name })}
            submitLabel={t(`applications.${verb}`)}
            pendingLabel={t(`applications.${verb}Pending`)}
          >
            <input type="hidden" name="application_id" value={application.id} />
            <TextField
              label={t(`applications.${label}`)}
              hint={hint ? t(`applications.${hint}`) : undefined}
              {...props(field)}
              required
            />
          </OrganizerForm>
        )
      })}
    </div>
  )
}

/**
 * Producers' applications for booths: who, with which products, their note and where each
 * stands; a pending one can be accepted (a booth, the products entered) or declined.
 */
export function FairApplications({
  applications,
  actionData,
}: {
  applications: BoothApplication[]
  actionData: OrganizerFormState | undefined
}) {
  const { t } = useTranslation("organizer")
  return (
    <section aria-labelledby="fair-applications">
      <h2 id="fair-applications">{t("applications.title")}</h2>
      {applications.length ? (
        <DataTable
          caption={t("applications.title")}
          columns={[
            t("applications.producer"),
            t("applications.products"),
            t("applications.note"),
            t("applications.outcome"),
          ]}
        >
          {applications.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.producer.name}</th>
              <td>{row.products.map((product) => product.title).join(", ")}</td>
              <td>{row.note}</td>
              <td>
                <Outcome application={row} />
                {row.status === "pending" ? (
                  <Decide application={row} actionData={actionData} />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("applications.empty")} />
      )}
    </section>
  )
}
