import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/product"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { CertificatePanel } from "#app/components/ui/certificate-panel.tsx"
import { Price } from "#app/components/ui/price.tsx"
import { StarBadge } from "#app/components/ui/star-badge.tsx"
import { getInstance, getLocale } from "#app/lib/i18n.server.ts"
import { localizePath } from "#app/lib/i18n.ts"
import { certificateStateOn, groupLabelKey, legalFormLabelKey } from "#app/lib/ocop-labels.ts"
import type { ProductDetail } from "#app/lib/ocop-types.ts"
import { getProduct } from "#app/lib/ocop.server.ts"
import { qrCode } from "#app/lib/qr.server.ts"
import { seoMeta } from "#app/lib/seo.ts"
import { isHttpUrl } from "#app/lib/url.ts"
import { useLocalizePath } from "#app/lib/use-locale.ts"

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const { product } = await getProduct(params.handle, locale, request.signal)
  const verifyPath = localizePath(
    `/verify/${encodeURIComponent(product.certification.certificate_number)}`,
    locale,
  )
  return {
    seo: {
      title: t("meta.title", { title: product.title }),
      description: product.subtitle ?? product.description ?? t("meta.description"),
    },
    product,
    certificateState: certificateStateOn(product.certification.expires_at, new Date()),
    verifyPath,
    verifyQr: qrCode(new URL(verifyPath, request.url).href),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Product({ loaderData }: Route.ComponentProps) {
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
          <p className="product__price">
            <Price money={product.price} />
          </p>
          {product.description ? <p>{product.description}</p> : null}
          <Variants product={product} />
        </div>
      </div>
      <div className="product__details">
        {product.story ? <Story story={product.story} /> : null}
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

/** The variants to choose from; the add-to-cart form will wrap this fieldset. */
function Variants({ product }: { product: ProductDetail }) {
  const { t } = useTranslation()
  if (product.variants.length === 0) return null
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
      <dl className="facts">
        <dt>{t("product.legalForm")}</dt>
        <dd>{t(legalFormLabelKey(producer.legal_form))}</dd>
        <dt>{t("product.location")}</dt>
        <dd>
          {producer.commune}, {producer.province}
        </dd>
        {producer.address ? (
          <>
            <dt>{t("product.address")}</dt>
            <dd>{producer.address}</dd>
          </>
        ) : null}
      </dl>
      <Link to={localizePath(`/products?producer=${encodeURIComponent(producer.handle)}`)}>
        {t("product.moreFromProducer", { name: producer.name })}
      </Link>
    </section>
  )
}

export function ErrorBoundary() {
  const { t } = useTranslation()
  return (
    <GeneralErrorBoundary
      notFound={{
        title: t("product.notFoundTitle"),
        description: t("product.notFoundDescription"),
      }}
    />
  )
}
