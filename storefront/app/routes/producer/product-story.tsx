import { useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { data, Form, Link } from "react-router"
import type { Route } from "./+types/product-story"
import { FixErrorsAlert } from "#app/components/producer/form-alert.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { StoryFields } from "#app/components/producer/story-fields.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { locales } from "#app/lib/i18n/i18n.ts"
import { getProduct, saveStories } from "#app/lib/producer/api.server.ts"
import { portalCall, producerRead, producerToken } from "#app/lib/producer/auth.server.ts"
import {
  refusalErrors,
  storiesBody,
  storiesFormValues,
  storiesValues,
  type FieldErrors,
  type StoriesValues,
} from "#app/lib/producer/forms.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { productPath, publicProductPath, storyPath } from "#app/lib/producer/paths.ts"
import { redirectWithProducerNotice } from "#app/lib/producer/session.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { PortalApiError } from "#app/lib/portal/api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const product = await producerRead({ context, request }, (token, signal) =>
    getProduct(token, params.id, signal),
  )
  return {
    seo: portalSeo(context, producerT(context)("story.pageTitle", { title: product.title })),
    product: {
      id: product.id,
      title: product.title,
      handle: product.handle,
      listed: product.listed,
    },
    values: storiesFormValues(product),
  }
}

type ActionData = { values: StoriesValues; errors: FieldErrors }

/** Saves the story in Vietnamese, and in English when it is filled in; the backend sanitises it. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = producerToken(context)
  const values = storiesValues(await request.formData())
  const parsed = storiesBody(values)
  if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
  try {
    await portalCall(request, locale, () => saveStories(token, params.id, parsed.body.stories))
  } catch (error) {
    if (error instanceof PortalApiError && error.status === 400) {
      const errors = Object.fromEntries(
        Object.entries(refusalErrors(error)).map(([path, key]) => [
          path.replace(/^stories\.0\./, "vi.").replace(/^stories\.1\./, "en."),
          key,
        ]),
      )
      return data<ActionData>({ values, errors }, { status: 400 })
    }
    throw error
  }
  return redirectWithProducerNotice(request, "storySaved", storyPath(params.id, locale))
}

export default function ProductStory({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const { product } = loaderData
  const values = actionData?.values ?? loaderData.values
  const errors = actionData?.errors ?? {}
  const [preview, setPreview] = useState<StoriesValues>(values)
  const [shown, setShown] = useState(values)
  if (shown !== values) {
    // New values from the server (saved, or refused): the preview starts from them again.
    setShown(values)
    setPreview(values)
  }
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    // What was typed before the page came alive (a slow phone) shows in the preview too.
    if (form.current) setPreview(storiesValues(new FormData(form.current)))
  }, [])
  const onChange = (event: FormEvent<HTMLFormElement>) =>
    setPreview(storiesValues(new FormData(event.currentTarget)))
  return (
    <>
      <p className="portal-back">
        <Link to={productPath(product.id, locale)}>
          {t("story.back", { title: product.title })}
        </Link>
      </p>
      <h1>{t("story.heading", { title: product.title })}</h1>
      <p className="portal-muted">{t("story.intro")}</p>
      <p>
        {product.listed ? (
          <Link to={publicProductPath(product.handle, locale)}>{t("story.publicLink")}</Link>
        ) : (
          <span className="portal-muted">{t("story.notListed")}</span>
        )}
      </p>
      <FixErrorsAlert errors={errors} />
      <Form
        ref={form}
        method="post"
        className="portal-form portal-form--wide"
        noValidate
        onChange={onChange}
      >
        {locales.map((storyLocale) => (
          <StoryFields
            key={`${storyLocale}-${actionData ? "sent" : "saved"}`}
            locale={storyLocale}
            values={values[storyLocale]}
            preview={preview[storyLocale]}
            errors={errors}
            required={storyLocale === "vi"}
          />
        ))}
        <p className="portal-actions portal-actions--sticky">
          <SubmitButton label={t("story.save")} pendingLabel={t("story.saving")} />
        </p>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
