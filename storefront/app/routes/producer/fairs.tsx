import { useTranslation } from "react-i18next"
import { data, Form } from "react-router"
import type { Route } from "./+types/fairs"
import { TextAreaField } from "#app/components/producer/fields.tsx"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { DataTable } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { BoothApplication } from "#app/lib/fairs/applications.ts"
import { formatDateRange } from "#app/lib/fairs/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { PortalApiError } from "#app/lib/portal/api.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listProducts } from "#app/lib/producer/api.server.ts"
import { portalCall, producerRead, producerToken } from "#app/lib/producer/auth.server.ts"
import {
  applyRefusalCode,
  ApplyForm,
  applyValues,
  type ApplyRefusalCode,
} from "#app/lib/producer/fair-forms.ts"
import {
  applyForBooth,
  listMyApplications,
  listOpenFairs,
  withdrawApplication,
} from "#app/lib/producer/fairs.server.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { redirectWithProducerNotice } from "#app/lib/producer/session.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** Fairs open for booth applications, the producer's listed products, and their applications. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const [fairs, applications, products] = await producerRead(
    { context, request },
    (token, signal) =>
      Promise.all([
        listOpenFairs(token, signal),
        listMyApplications(token, signal),
        listProducts(token, { limit: 200, offset: 0 }, signal),
      ]),
  )
  return {
    seo: portalSeo(context, producerT(context)("fairs.title")),
    fairs,
    applications,
    products: products.products
      .filter((product) => product.listed)
      .map((product) => ({ id: product.id, title: product.title })),
  }
}

type ActionData = { fair_id: string; refusal: ApplyRefusalCode | "other"; message: string }

/** Applies for a booth (intent `apply`) or withdraws a pending application (`withdraw`). */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = producerToken(context)
  const form = await request.formData()
  const back = portalPath(portalPaths.fairs, locale)
  if (form.get("intent") === "withdraw") {
    const id = String(form.get("application_id") ?? "")
    await portalCall(request, locale, () => withdrawApplication(token, id))
    return redirectWithProducerNotice(request, "applicationWithdrawn", back)
  }
  const values = applyValues(form)
  const parsed = ApplyForm.safeParse(values)
  if (!parsed.success) {
    return data<ActionData>(
      { fair_id: values.fair_id, refusal: "too_few", message: "" },
      { status: 400 },
    )
  }
  try {
    await portalCall(request, locale, () => applyForBooth(token, parsed.data))
  } catch (error) {
    if (!(error instanceof PortalApiError) || error.status !== 400) throw error
    return data<ActionData>(
      { fair_id: values.fair_id, refusal: applyRefusalCode(error.code), message: error.message },
      { status: 400 },
    )
  }
  return redirectWithProducerNotice(request, "applied", back)
}

export default function Fairs({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const { fairs, applications, products } = loaderData
  return (
    <>
      <h1>{t("fairs.title")}</h1>
      <p className="portal-muted">{t("fairs.intro")}</p>
      <section className="portal-section" aria-labelledby="open-fairs">
        <h2 id="open-fairs">{t("fairs.open")}</h2>
        {!fairs.length ? (
          <EmptyState title={t("fairs.empty")} />
        ) : (
          fairs.map((fair) => (
            <article key={fair.id} className="portal-section" aria-labelledby={`fair-${fair.id}`}>
              <h3 id={`fair-${fair.id}`}>{fair.name}</h3>
              <p className="portal-muted">
                {formatDateRange(fair.starts_at, fair.ends_at, locale)} · {fair.venue} ·{" "}
                {fair.province}
              </p>
              <ApplyToFair
                fair={fair}
                products={products}
                refused={actionData?.fair_id === fair.id ? actionData : undefined}
              />
            </article>
          ))
        )}
      </section>
      <MyApplications applications={applications} />
    </>
  )
}

/** The apply form of one fair: the producer's listed products as checkboxes, and a note. */
function ApplyToFair({
  fair,
  products,
  refused,
}: {
  fair: { id: string; name: string }
  products: { id: string; title: string }[]
  refused: ActionData | undefined
}) {
  const { t } = useTranslation("producer")
  if (!products.length) return <p>{t("fairs.noProducts")}</p>
  const title = t("fairs.applyTo", { fair: fair.name })
  return (
    <Form method="post" className="portal-form" noValidate aria-label={title}>
      <input type="hidden" name="fair_id" value={fair.id} />
      {refused ? (
        <FormAlert>
          {refused.refusal === "other" ? refused.message : t(`fairs.refusal.${refused.refusal}`)}
        </FormAlert>
      ) : null}
      <fieldset>
        <legend>{t("fairs.products")}</legend>
        {products.map((product) => (
          <label key={product.id} className="portal-check">
            <input type="checkbox" name="product_ids" value={product.id} /> {product.title}
          </label>
        ))}
      </fieldset>
      <TextAreaField id={`note-${fair.id}`} name="note" label={t("fairs.note")} rows={2} />
      <SubmitButton label={title} pendingLabel={t("fairs.applying")} intent="apply" />
    </Form>
  )
}

/** The producer's applications, newest first: where each stands, and a pending one's withdrawal. */
function MyApplications({ applications }: { applications: BoothApplication[] }) {
  const { t } = useTranslation("producer")
  return (
    <section className="portal-section" aria-labelledby="my-applications">
      <h2 id="my-applications">{t("fairs.mine")}</h2>
      {applications.length ? (
        <DataTable
          variant="portal"
          caption={t("fairs.mine")}
          columns={[t("fairs.fair"), t("fairs.products"), t("fairs.status")]}
        >
          {applications.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.fair?.name}</th>
              <td>{row.products.map((product) => product.title).join(", ")}</td>
              <td>
                {t(`fairs.statuses.${row.status}`)}
                {row.booth_number ? ` · ${t("fairs.booth", { number: row.booth_number })}` : ""}
                {row.decline_reason ? ` · ${row.decline_reason}` : ""}
                {row.status === "pending" ? (
                  <Form method="post">
                    <input type="hidden" name="application_id" value={row.id} />
                    <SubmitButton
                      label={t("fairs.withdraw")}
                      pendingLabel={t("fairs.withdrawing")}
                      intent="withdraw"
                    />
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t("fairs.noApplications")} />
      )}
    </section>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
