import { useTranslation } from "react-i18next"
import { data, Form, Link } from "react-router"
import type { Route } from "./+types/product-new"
import { FixErrorsAlert, FormAlert } from "#app/components/producer/form-alert.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { ProductTextFields } from "#app/components/producer/product-text-fields.tsx"
import { VariantFields } from "#app/components/producer/variant-fields.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { createProduct } from "#app/lib/producer/api.server.ts"
import { portalCall, producerToken } from "#app/lib/producer/auth.server.ts"
import {
  emptyVariant,
  maxVariants,
  productCreateBody,
  productValues,
  refusalErrors,
  type FieldErrors,
  type ProductValues,
} from "#app/lib/producer/forms.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { portalPath, portalPaths, productPath } from "#app/lib/producer/paths.ts"
import { redirectWithProducerNotice } from "#app/lib/producer/session.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { PortalApiError } from "#app/lib/portal/api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export function loader({ context }: Route.LoaderArgs) {
  return { seo: portalSeo(context, producerT(context)("newProduct.title")) }
}

type ActionData = { values: ProductValues; errors: FieldErrors }

/**
 * Creates the product, unlisted: it reaches shoppers only once a programme officer records a
 * 3–5 star certificate. "Add a variant" and "remove" are submissions too, so the form works
 * without JavaScript; they only change the form.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = producerToken(context)
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "create")
  const values = productValues(form)
  if (intent === "addVariant") {
    const variants =
      values.variants.length < maxVariants ? [...values.variants, emptyVariant()] : values.variants
    return data<ActionData>({ values: { ...values, variants }, errors: {} })
  }
  if (intent.startsWith("removeVariant:")) {
    const index = Number(intent.slice("removeVariant:".length))
    const variants = values.variants.filter((_, position) => position !== index)
    return data<ActionData>({
      values: { ...values, variants: variants.length ? variants : [emptyVariant()] },
      errors: {},
    })
  }
  const parsed = productCreateBody(values)
  if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
  try {
    const product = await portalCall(request, locale, () => createProduct(token, parsed.body))
    return await redirectWithProducerNotice(
      request,
      "productCreated",
      productPath(product.id, locale),
    )
  } catch (error) {
    if (error instanceof PortalApiError && [400, 409, 422].includes(error.status)) {
      return data<ActionData>({ values, errors: refusalErrors(error) }, { status: 400 })
    }
    throw error
  }
}

const blank: ProductValues = {
  title: "",
  handle: "",
  subtitle: "",
  description: "",
  thumbnail: "",
  images: [],
  variants: [emptyVariant()],
}

export default function NewProduct({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const values = actionData?.values ?? blank
  const errors = actionData?.errors ?? {}
  return (
    <>
      <h1>{t("newProduct.title")}</h1>
      <FormAlert tone="info">{t("newProduct.unlistedNotice")}</FormAlert>
      <FixErrorsAlert errors={errors} />
      <Form method="post" className="portal-form" noValidate>
        {/* The default button: pressing Enter in a field creates, never adds or removes a variant. */}
        <button
          type="submit"
          name="intent"
          value="create"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
        />
        <ProductTextFields values={values} errors={errors} between="handle" />
        <section className="portal-variants" aria-labelledby="variants-title">
          <h2 id="variants-title">{t("variant.heading")}</h2>
          <p className="portal-muted">{t("variant.newHint")}</p>
          {errors.variants ? <p className="field__error">{t(errors.variants)}</p> : null}
          {values.variants.map((variant, index) => (
            <VariantFields
              key={`${index}-${values.variants.length}`}
              index={index}
              values={variant}
              errors={errors}
              removable={values.variants.length > 1}
            />
          ))}
          {values.variants.length < maxVariants ? (
            <button
              type="submit"
              name="intent"
              value="addVariant"
              className="button button--secondary"
              formNoValidate
            >
              {t("variant.add")}
            </button>
          ) : null}
        </section>
        <p className="portal-actions">
          <SubmitButton
            label={t("newProduct.submit")}
            pendingLabel={t("newProduct.pending")}
            intent="create"
          />
          <Link to={portalPath(portalPaths.products, locale)}>{t("form.cancel")}</Link>
        </p>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
