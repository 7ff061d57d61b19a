import { useTranslation } from "react-i18next"
import { DataTable } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { FairBooth } from "#app/lib/organizer/types.ts"
import {
  BoothSelect,
  OrganizerForm,
  stateOf,
  TextField,
  type FairSectionProps,
} from "./organizer-form.tsx"

/** A booth's products, each with its stars from the certificate. */
function BoothProducts({ booth }: { booth: FairBooth }) {
  const { t } = useTranslation("organizer")
  if (!booth.products.length) return t("catalog.empty")
  return (
    <ul>
      {booth.products.map((product) => (
        <li key={product.id}>
          {product.title}
          {product.stars ? ` · ${t("catalog.stars", { count: product.stars })}` : ""}
        </li>
      ))}
    </ul>
  )
}

/**
 * The fair's booths and what each brings, a booth to add for a producer, and a product to enter
 * at a booth — the backend refuses a product whose certificate lapses before the fair ends, and
 * the form says so.
 */
export function FairBooths({ fair, actionData }: FairSectionProps) {
  const { t } = useTranslation("organizer")
  const booth = stateOf("booth", actionData)
  const entry = stateOf("entry", actionData)
  return (
    <section aria-labelledby="fair-booths">
      <h2 id="fair-booths">{t("booths.title")}</h2>
      {fair.booths.length ? (
        <DataTable
          caption={t("booths.title")}
          columns={[t("booths.number"), t("booths.producerName"), t("booths.products")]}
        >
          {fair.booths.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.number}</th>
              <td>{row.producer?.name ?? t("booths.noProducer")}</td>
              <td>
                <BoothProducts booth={row} />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("booths.empty")} />
      )}
      <OrganizerForm
        state={booth.state}
        title={t("booths.add")}
        submitLabel={t("booths.add")}
        pendingLabel={t("booths.adding")}
      >
        <TextField label={t("booths.number")} {...booth.field("number")} required />
        <TextField
          label={t("booths.producer")}
          hint={t("booths.producerHint")}
          {...booth.field("producer_id")}
          required
        />
      </OrganizerForm>
      {fair.booths.length ? (
        <>
          <h3>{t("catalog.title")}</h3>
          <p className="staff-muted">{t("catalog.intro")}</p>
          <OrganizerForm
            state={entry.state}
            title={t("catalog.add")}
            submitLabel={t("catalog.add")}
            pendingLabel={t("catalog.adding")}
          >
            <BoothSelect
              label={t("catalog.booth")}
              booths={fair.booths}
              field={entry.field("booth_id")}
            />
            <TextField label={t("catalog.product")} {...entry.field("product_id")} required />
          </OrganizerForm>
        </>
      ) : null}
    </section>
  )
}
