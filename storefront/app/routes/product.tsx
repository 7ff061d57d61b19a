import { useTranslation } from "react-i18next"
import { data, Form, Link, useNavigation } from "react-router"
import type { Route } from "./+types/product"
import { PageErrorBoundary } from "#app/components/error-boundary.tsx"
import { AvailabilityPanel } from "#app/components/ui/availability-panel.tsx"
import { CertificatePanel } from "#app/components/ui/certificate-panel.tsx"
import { Price } from "#app/components/ui/price.tsx"
import { ProducerFacts } from "#app/components/ui/producer-facts.tsx"
import { StarBadge } from "#app/components/ui/star-badge.tsx"
import { addToCart } from "#app/lib/checkout/cart.server.ts"
import { AddToCartSchema } from "#app/lib/checkout/cart-forms.ts"
import { maxLineQuantity } from "#app/lib/core/limits.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { StoreRefusal } from "#app/lib/core/medusa.server.ts"
import { groupLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import type { ProductDetail } from "@ocop/shared"
import { findListedProduct, getProduct } from "#app/lib/catalogue/ocop.server.ts"
import { qrCode } from "#app/lib/core/qr.server.ts"
import { productJsonLd, seoMeta } from "#app/lib/catalogue/seo.ts"
import { cartCookieHeader, getCartId, getCustomerToken } from "#app/lib/core/session.server.ts"
import { isHttpUrl } from "#app/lib/core/url.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"
import { publicUrl } from "#app/lib/core/site.server.ts"

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const { product: found } = await getProduct(params.handle, locale, request.signal)
  const product = { ...found, variants: sortByPrice(found.variants) }
  const pageUrl = publicUrl(
    request,
    localizePath(`/products/${encodeURIComponent(product.handle)}`, locale),
  )
  const verifyPath = localizePath(
    `/verify/${encodeURIComponent(product.certification.certificate_number)}`,
    locale,
  )
  return {
    seo: {
      title: t("meta.title", { title: product.title }),
      description: product.subtitle ?? product.description ?? t("meta.description"),
      canonical: pageUrl,
    },
    jsonLd: productJsonLd(product, pageUrl),
    product,
    certificateState: product.certification.state,
    verifyPath,
    verifyQr: qrCode(publicUrl(request, verifyPath)),
  }
}

function sortByPrice(variants: ProductDetail["variants"]) {
  return [...variants].sort(
    (a, b) =>
      (a.price?.amount ?? Infinity) - (b.price?.amount ?? Infinity) ||
      a.title.localeCompare(b.title),
  )
}

/**
 * Adds the chosen variant to the cart and stays on the page, which then says so. The backend's
 * certificate gate may refuse a product delisted a moment ago; the shopper is told.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const parsed = AddToCartSchema.safeParse({
    variant_id: form.get("variant_id") ?? undefined,
    quantity: form.get("quantity") || undefined,
  })
  if (!parsed.success)
    return data({ ok: false as const, error: "invalid" as const }, { status: 400 })
  const product = await findListedProduct(params.handle, locale, request.signal)
  const variant = product?.variants.find((candidate) => candidate.id === parsed.data.variant_id)
  if (!product || !variant) {
    return data({ ok: false as const, error: "notForSale" as const }, { status: 400 })
  }
  const [cartId, token] = await Promise.all([getCartId(request), getCustomerToken(request)])
  try {
    const savedCartId = await addToCart({
      cartId,
      variantId: variant.id,
      quantity: parsed.data.quantity,
      locale,
      token,
    })
    return data(
      { ok: true as const, quantity: parsed.data.quantity, variant: variant.title },
      { headers: { "Set-Cookie": await cartCookieHeader(savedCartId, request) } },
    )
  } catch (error) {
    if (!(error instanceof StoreRefusal)) throw error
    return data(
      { ok: false as const, error: "refused" as const, message: error.message },
      { status: 400 },
    )
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData ? [...seoMeta(loaderData.seo), { "script:ld+json": loaderData.jsonLd }] : []

export default function Product({ loaderData, actionData }: Route.ComponentProps) {
  const { product, certificateState, verifyPath, verifyQr } = loaderData
  const { t } = useTranslation()
  return (
    <div className="container product">
      <div className="product__main">
        <Gallery product={product} />
        <div className="product__summary">
          <StarBadge stars={product.stars} />
          <h1>{product.title}</h1>
          {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}
          <p className="product__group">
            {t("product.group", { group: t(groupLabelKey(product.product_group)) })}
          </p>
          <p className="product__origin">
            {t("product.origin", { place: product.story?.origin_place ?? product.province })}
          </p>
          <p className="product__price">
            <Price money={product.price} />
          </p>
          {product.description ? <p>{product.description}</p> : null}
          <AddToCart product={product} result={actionData} />
        </div>
      </div>
      <div className="product__details">
        <div className="product__narrative">
          {product.story ? <Story story={product.story} /> : null}
          <AvailabilityPanel availability={product.availability} variants={product.variants} />
        </div>
        <div className="product__aside">
          <CertificatePanel
            certificate={product.certification}
            state={certificateState}
            verifyHref={verifyPath}
            qr={verifyQr}
          />
          <ProducerCard producer={product.producer} />
        </div>
      </div>
    </div>
  )
}

function Gallery({ product }: { product: ProductDetail }) {
  const { t } = useTranslation()
  const images =
    product.images.length > 0
      ? product.images
      : product.thumbnail
        ? [{ id: "thumbnail", url: product.thumbnail }]
        : []
  const [first, ...rest] = images
  if (!first) return <div className="gallery gallery--empty">{t("product.noImage")}</div>
  return (
    <div className="gallery" role="group" aria-label={t("product.gallery")}>
      <img
        className="gallery__main"
        src={first.url}
        alt={product.title}
        fetchPriority="high"
        width={800}
        height={800}
      />
      {rest.length > 0 ? (
        <ul className="gallery__thumbs">
          {rest.map((image, index) => (
            <li key={image.id}>
              <a href={image.url}>
                <img
                  src={image.url}
                  alt={t("product.imageAlt", { title: product.title, index: index + 2 })}
                  loading="lazy"
                  decoding="async"
                  width={160}
                  height={160}
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

type AddResult = Route.ComponentProps["actionData"]

/** A plain POST form: works without JavaScript, and says what happened when it is back. */
function AddToCart({ product, result }: { product: ProductDetail; result: AddResult }) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const navigation = useNavigation()
  const adding = navigation.state === "submitting" && navigation.formMethod === "POST"
  if (product.variants.length === 0) return null
  return (
    <Form method="post" className="add-to-cart" aria-busy={adding}>
      <Variants product={product} />
      <p className="field add-to-cart__quantity">
        <label htmlFor="quantity">{t("product.quantity")}</label>
        <input
          id="quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxLineQuantity}
          defaultValue={1}
          required
        />
      </p>
      <button type="submit" className="button button--large" disabled={adding}>
        {adding ? t("product.adding") : t("product.addToCart")}
      </button>
      {result?.ok ? (
        <p className="notice notice--success" role="status">
          {t("product.added", { count: result.quantity, variant: result.variant })}{" "}
          <Link to={localizePath("/cart")}>{t("product.viewCart")}</Link>
        </p>
      ) : null}
      {result && !result.ok ? (
        <p className="notice notice--error" role="alert">
          {result.error === "refused"
            ? t("product.addRefused", { message: result.message })
            : result.error === "notForSale"
              ? t("product.notForSale")
              : t("product.chooseVariant")}
        </p>
      ) : null}
    </Form>
  )
}

function Variants({ product }: { product: ProductDetail }) {
  const { t } = useTranslation()
  return (
    <fieldset className="variants">
      <legend>{t("product.variants")}</legend>
      {product.variants.map((variant, index) => (
        <label key={variant.id} className="variant">
          <input type="radio" name="variant_id" value={variant.id} defaultChecked={index === 0} />
          <span className="variant__title">
            {variant.title}
            {variant.sku ? (
              <span className="variant__sku">{t("product.sku", { sku: variant.sku })}</span>
            ) : null}
          </span>
          <Price money={variant.price} />
        </label>
      ))}
    </fieldset>
  )
}

/** The story body is HTML the backend has already sanitised. */
function Story({ story }: { story: NonNullable<ProductDetail["story"]> }) {
  const { t } = useTranslation()
  return (
    <article className="story" aria-labelledby="story-title">
      <p className="story__kicker">{t("product.storyTitle")}</p>
      <h2 id="story-title">{story.title}</h2>
      {story.origin_place ? (
        <p className="story__origin">{t("product.originPlace", { place: story.origin_place })}</p>
      ) : null}
      <div className="story__body" dangerouslySetInnerHTML={{ __html: story.body }} />
      {isHttpUrl(story.video_url) ? (
        <p>
          <a href={story.video_url} rel="noopener noreferrer">
            {t("product.video")}
          </a>
        </p>
      ) : null}
    </article>
  )
}

function ProducerCard({ producer }: { producer: ProductDetail["producer"] }) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  return (
    <section className="producer-card" aria-labelledby="producer-title">
      <h2 id="producer-title">{t("product.producerTitle")}</h2>
      <p className="producer-card__name">{producer.name}</p>
      <ProducerFacts producer={producer} withLegalForm />
      <Link to={localizePath(`/producers/${encodeURIComponent(producer.handle)}`)}>
        {t("product.moreFromProducer", { name: producer.name })}
      </Link>
    </section>
  )
}

export function ErrorBoundary() {
  return <PageErrorBoundary page="product" />
}
