import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import type { Route } from "./+types/verify"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { CertificatePanel } from "#app/components/ui/certificate-panel.tsx"
import { getInstance } from "#app/lib/i18n/i18n.server.ts"
import { getCertificate } from "#app/lib/catalogue/ocop.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

/** Where a product's QR code leads: is this OCOP certificate genuine and still valid? */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { t } = getInstance(context)
  const { certificate } = await getCertificate(params.certificateNumber, request.signal)
  const number = certificate.certificate_number
  return {
    seo: {
      title: t("meta.title", { title: t("verify.title", { number }) }),
      description: t("verify.description", { number }),
    },
    certificate,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Verify({ loaderData }: Route.ComponentProps) {
  const { certificate } = loaderData
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  return (
    <div className="container verify">
      <h1>{t("verify.heading")}</h1>
      <p className={`verdict verdict--${certificate.state}`}>
        {t(`verify.verdict.${certificate.state}`)}
      </p>
      <div className="verify__grid">
        <CertificatePanel
          certificate={certificate}
          state={certificate.state}
          revokedAt={certificate.revoked_at}
          revocationReason={certificate.revocation_reason}
        />
        <dl className="facts verify__subject">
          {certificate.product ? (
            <>
              <dt>{t("verify.product")}</dt>
              <dd>
                {certificate.state === "active" ? (
                  <Link
                    to={localizePath(`/products/${encodeURIComponent(certificate.product.handle)}`)}
                  >
                    {certificate.product.title}
                  </Link>
                ) : (
                  certificate.product.title
                )}
              </dd>
            </>
          ) : null}
          {certificate.producer ? (
            <>
              <dt>{t("verify.producer")}</dt>
              <dd>
                {t("verify.producerValue", {
                  name: certificate.producer.name,
                  province: certificate.producer.province,
                })}
              </dd>
            </>
          ) : null}
        </dl>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  const { t } = useTranslation()
  const { certificateNumber } = useParams()
  return (
    <GeneralErrorBoundary
      notFound={{
        title: t("verify.notFoundTitle"),
        description: t("verify.notFoundDescription", { number: certificateNumber }),
      }}
    />
  )
}
