import { useTranslation } from "react-i18next"
import { DataTable } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { OrganizerFormState } from "#app/lib/organizer/submit.server.ts"
import type { OrganizerFair } from "#app/lib/organizer/types.ts"
import { OrganizerForm, SelectField, stateOf, TextField } from "./organizer-form.tsx"

/**
 * The fair's booths and what each brings (stars from the certificate), a booth to add for a
 * producer, and a product to enter at a booth — the backend refuses a product whose
 * certificate lapses before the fair ends, and the form says so.
 */
export function FairBooths({
  fair,
  actionData,
}: {
  fair: OrganizerFair
  actionData: OrganizerFormState | undefined
}) {
  const { t } = useTranslation("organizer")
  const booth = stateOf("booth", actionData)
  const entry = stateOf("entry", actionData)
  return (
    <section aria-labelledby="fair-booths">
      <h2 id="fair-booths">{t("booths.title")}</h2>
      {fair.booths.length ? (
        <DataTable
          caption={t("booths.title")}
          columns={[t("booths.number"), t("booths.producer"), t("booths.products")]}
        >
          {fair.booths.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.number}</th>
              <td>{row.producer?.name ?? t("booths.noProducer")}</td>
              <td>
                {row.products.length ? (
                  <ul>
                    {row.products.map((product) => (
                      <li key={product.id}>
                        {product.title}
                        {product.stars ? ` · ${t("catalog.stars", { count: product.stars })}` : ""}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("catalog.empty")
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("booths.empty")} />
      )}
      <OrganizerForm
        state={booth}
        title={t("booths.add")}
        submitLabel={t("booths.add")}
        pendingLabel={t("booths.adding")}
      >
        <TextField
          id="booth-number"
          name="number"
          label={t("booths.number")}
          defaultValue={booth.values.number}
          error={booth.errors.number}
          required
        />
        <TextField
          id="booth-producer"
          name="producer_id"
          label={t("booths.producer")}
          hint={t("booths.producerHint")}
          defaultValue={booth.values.producer_id}
          error={booth.errors.producer_id}
          required
        />
      </OrganizerForm>
      {fair.booths.length ? (
        <>
          <h3>{t("catalog.title")}</h3>
          <p className="staff-muted">{t("catalog.intro")}</p>
          <OrganizerForm
            state={entry}
            title={t("catalog.add")}
            submitLabel={t("catalog.add")}
            pendingLabel={t("catalog.adding")}
          >
            <SelectField
              id="entry-booth"
              name="booth_id"
              label={t("catalog.booth")}
              defaultValue={entry.values.booth_id}
              error={entry.errors.booth_id}
            >
              {fair.booths.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.number} · {row.producer?.name ?? t("booths.noProducer")}
                </option>
              ))}
            </SelectField>
            <TextField
              id="entry-product"
              name="product_id"
              label={t("catalog.product")}
              defaultValue={entry.values.product_id}
              error={entry.errors.product_id}
              required
            />
          </OrganizerForm>
        </>
      ) : null}
    </section>
  )
}
