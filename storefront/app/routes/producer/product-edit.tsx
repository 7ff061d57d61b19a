import { useTranslation } from "react-i18next"
import { data, Form, Link } from "react-router"
import type { Route } from "./+types/product-edit"
import { FixErrorsAlert } from "#app/components/producer/form-alert.tsx"
import { ImagePicker } from "#app/components/producer/image-picker.tsx"
import { ImageUploader } from "#app/components/producer/image-uploader.tsx"
import {
  CertificateSummary,
  ListedBadge,
  ProductStars,
} from "#app/components/producer/listing-status.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { ProductTextFields } from "#app/components/producer/product-text-fields.tsx"
import { VariantFields } from "#app/components/producer/variant-fields.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import type { Locale } from "#app/lib/i18n/i18n.ts"
import { getProduct, updateProduct, uploadImages } from "#app/lib/producer/api.server.ts"
import { portalCall, producerRead, producerToken } from "#app/lib/producer/auth.server.ts"
import {
  maxImages,
  productFormValues,
  productUpdateBody,
  productValues,
  refusalErrors,
  type FieldErrors,
  type ProductValues,
} from "#app/lib/producer/forms.ts"
import {
  imageProblem,
  maxImagesPerUpload,
  maxUploadBytes,
  refusalProblem,
} from "#app/lib/producer/images.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import type { Notice } from "#app/lib/producer/notices.ts"
import {
  portalPath,
  portalPaths,
  productPath,
  publicProductPath,
  storyPath,
} from "#app/lib/producer/paths.ts"
import { redirectWithProducerNotice } from "#app/lib/producer/session.server.ts"
import type { UploadProblem } from "#app/lib/producer/upload.ts"
import { isHttpUrl } from "#app/lib/core/url.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { PortalApiError } from "#app/lib/portal/api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const product = await producerRead({ context, request }, (token, signal) =>
    getProduct(token, params.id, signal),
  )
  const t = producerT(context)
  return { seo: portalSeo(context, t("editProduct.title", { title: product.title })), product }
}

type ActionData =
  | { intent: "save"; values: ProductValues; errors: FieldErrors }
  | { intent: "upload"; problem: UploadProblem }
  | { intent: "addImages"; added: number; problem?: UploadProblem }

async function backToProduct(request: Request, id: string, locale: Locale, notice: Notice) {
  return redirectWithProducerNotice(request, notice, productPath(id, locale))
}

/**
 * Saves the product's texts, photos and variants ("save"); adds photos sent without JavaScript
 * ("upload", multipart) or already uploaded with their progress bars ("addImages").
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = producerToken(context)
  const id = params.id
  if (Number(request.headers.get("content-length") ?? 0) > maxUploadBytes(maxImagesPerUpload)) {
    return data<ActionData>({ intent: "upload", problem: "size" }, { status: 413 })
  }
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "save")

  if (intent === "upload" || intent === "addImages") {
    let urls: string[]
    if (intent === "upload") {
      const files = form
        .getAll("files")
        .filter((file): file is File => file instanceof File && file.size > 0)
      const problem = files.length ? files.map(imageProblem).find(Boolean) : "empty"
      if (problem) return data<ActionData>({ intent, problem }, { status: 400 })
      if (files.length > maxImagesPerUpload)
        return data<ActionData>({ intent, problem: "count" }, { status: 413 })
      try {
        urls = (await portalCall(request, locale, () => uploadImages(token, files))).map(
          (file) => file.url,
        )
      } catch (error) {
        if (error instanceof PortalApiError && [400, 413, 415].includes(error.status)) {
          return data<ActionData>(
            { intent, problem: refusalProblem(error.code) },
            { status: error.status },
          )
        }
        throw error
      }
    } else {
      urls = form
        .getAll("urls")
        .filter((url): url is string => typeof url === "string" && isHttpUrl(url))
    }
    const product = await portalCall(request, locale, () => getProduct(token, id, request.signal))
    const images = [...new Set([...product.images.map((image) => image.url), ...urls])]
    if (images.length > maxImages) {
      return data<ActionData>(
        { intent: "addImages", added: 0, problem: "tooMany" },
        { status: 400 },
      )
    }
    await portalCall(request, locale, () =>
      updateProduct(token, id, {
        images: images.map((url) => ({ url })),
        thumbnail: product.thumbnail ?? urls[0] ?? null,
      }),
    )
    if (intent === "upload") return backToProduct(request, id, locale, "imagesAdded")
    return data<ActionData>({ intent, added: urls.length })
  }

  const values = productValues(form)
  const parsed = productUpdateBody(values)
  if (!parsed.ok)
    return data<ActionData>({ intent: "save", values, errors: parsed.errors }, { status: 400 })
  try {
    await portalCall(request, locale, () => updateProduct(token, id, parsed.body))
  } catch (error) {
    // A refusal naming its code and field (a stale variant is a 404 that names one) is shown
    // on the form, translated; any other 4xx goes on to the error boundary.
    if (error instanceof PortalApiError && (error.status === 400 || error.problem)) {
      return data<ActionData>(
        {
          intent: "save",
          values,
          errors: refusalErrors(error),
        },
        { status: 400 },
      )
    }
    throw error
  }
  return backToProduct(request, id, locale, "productSaved")
}

export default function EditProduct({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const { product } = loaderData
  const saved = actionData?.intent === "save" ? actionData : null
  const values = saved?.values ?? productFormValues(product)
  const errors = saved?.errors ?? {}
  const current =
    product.certifications.find((certificate) => certificate.state === "active") ??
    product.certifications[0] ??
    null
  return (
    <>
      <p className="portal-back">
        <Link to={portalPath(portalPaths.products, locale)}>{t("editProduct.back")}</Link>
      </p>
      <h1>{t("editProduct.heading", { title: product.title })}</h1>
      <div className="portal-panel portal-panel--compact">
        <p className="portal-product__status">
          <ListedBadge listed={product.listed} /> <ProductStars stars={current?.stars ?? null} />
        </p>
        <CertificateSummary certificate={current} />
        {product.listed ? null : <p className="portal-muted">{t("editProduct.unlistedText")}</p>}
        <p className="portal-actions">
          <Link className="button" to={storyPath(product.id, locale)}>
            {t("editProduct.editStory")}
          </Link>
          {product.listed ? (
            <Link to={publicProductPath(product.handle, locale)}>{t("products.public")}</Link>
          ) : null}
        </p>
      </div>

      <FixErrorsAlert errors={errors} />

      <Form method="post" className="portal-form" noValidate aria-labelledby="details-title">
        <h2 id="details-title">{t("editProduct.details")}</h2>
        <ProductTextFields values={values} errors={errors} between="subtitle" />
        <fieldset className="portal-fieldset">
          <legend>{t("images.heading")}</legend>
          <ImagePicker
            images={product.images}
            kept={saved ? values.images : null}
            cover={values.thumbnail || null}
            title={product.title}
          />
          {errors.images ? <p className="field__error">{t(errors.images)}</p> : null}
        </fieldset>
        <section className="portal-variants" aria-labelledby="variants-title">
          <h3 id="variants-title">{t("variant.heading")}</h3>
          <p className="portal-muted">{t("variant.editHint")}</p>
          {values.variants.map((variant, index) => (
            <VariantFields
              key={variant.id || index}
              index={index}
              values={variant}
              errors={errors}
              removable={false}
            />
          ))}
        </section>
        <p className="portal-actions">
          <SubmitButton
            label={t("editProduct.save")}
            pendingLabel={t("editProduct.saving")}
            intent="save"
          />
        </p>
      </Form>

      <section className="portal-section" aria-labelledby="photos-title">
        <h2 id="photos-title">{t("upload.heading")}</h2>
        <ImageUploader
          formError={actionData && actionData.intent !== "save" ? actionData.problem : undefined}
        />
      </section>
    </>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
