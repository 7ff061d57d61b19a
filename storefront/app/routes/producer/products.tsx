import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/products"
import {
  CertificateSummary,
  ListedBadge,
  ProductStars,
} from "#app/components/producer/listing-status.tsx"
import { NewProductHeading } from "#app/components/producer/new-product-heading.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { Pagination } from "#app/components/ui/pagination.tsx"
import { listProducts } from "#app/lib/producer/api.server.ts"
import { producerRead } from "#app/lib/producer/auth.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import {
  pageNumber,
  portalPath,
  portalPaths,
  productPath,
  publicProductPath,
  storyPath,
} from "#app/lib/producer/paths.ts"
import type { ProducerProductRow } from "#app/lib/producer/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { Thumbnail } from "#app/components/ui/thumbnail.tsx"

const perPage = 20
/** Days before expiry from which a certificate counts as ending soon (the 30-day notice). */
const noticeDays = 30

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The producer's own products, newest first, with whether shoppers can see each. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const page = pageNumber(new URL(request.url))
  const list = await producerRead({ context, request }, (token, signal) =>
    listProducts(token, { limit: perPage, offset: (page - 1) * perPage }, signal),
  )
  const now = Date.now()
  const lastPage = list.products.length < perPage && (page === 1 || list.products.length > 0)
  return {
    seo: portalSeo(context, producerT(context)("products.title")),
    products: list.products.map((product) => ({
      ...product,
      expiringSoon:
        product.certificate?.state === "active" &&
        new Date(product.certificate.expires_at).getTime() - now < noticeDays * 864e5,
    })),
    // The API counts listings, which outlive deleted products: a short page is the last one.
    count: lastPage ? (page - 1) * perPage + list.products.length : list.count,
    page,
    pageCount: lastPage ? page : Math.max(1, Math.ceil(list.count / perPage)),
  }
}

export default function Products({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const { products, count, page, pageCount } = loaderData
  const productsPath = portalPath(portalPaths.products, locale)
  return (
    <>
      <NewProductHeading title={t("products.title")} />
      <p className="portal-muted">{t("products.count", { count })}</p>
      {products.length ? (
        <ul className="portal-products">
          {products.map((product) => (
            <ProductRow key={product.id} product={product} />
          ))}
        </ul>
      ) : (
        <EmptyState
          title={t("products.empty")}
          description={t("products.emptyText")}
          action={
            <Link className="button" to={portalPath(portalPaths.newProduct, locale)}>
              {t("products.new")}
            </Link>
          }
        />
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(target) => `${productsPath}?page=${target}`}
      />
    </>
  )
}

function ProductRow({ product }: { product: ProducerProductRow & { expiringSoon: boolean } }) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const headingId = `product-${product.id}`
  return (
    <li className="portal-product" aria-labelledby={headingId}>
      <Thumbnail src={product.thumbnail} className="portal-product__image" Empty="span" />
      <div className="portal-product__body">
        <h2 id={headingId} className="portal-product__title">
          <Link to={productPath(product.id, locale)}>{product.title}</Link>
        </h2>
        <p className="portal-product__status">
          <ListedBadge listed={product.listed} />{" "}
          <ProductStars stars={product.certificate?.stars ?? product.stars} />
        </p>
        <CertificateSummary certificate={product.certificate} expiringSoon={product.expiringSoon} />
        <p className="portal-actions">
          <Link
            to={productPath(product.id, locale)}
            aria-label={t("products.editLabel", { title: product.title })}
          >
            {t("products.edit")}
          </Link>
          <Link
            to={storyPath(product.id, locale)}
            aria-label={t("products.storyLabel", { title: product.title })}
          >
            {t("products.story")}
          </Link>
          {product.listed ? (
            <Link
              to={publicProductPath(product.handle, locale)}
              aria-label={t("products.publicLabel", { title: product.title })}
            >
              {t("products.public")}
            </Link>
          ) : null}
        </p>
      </div>
    </li>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
