import { toast } from "@medusajs/ui"
import { useRunExpiryChecks } from "../hooks/use-certifications"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { toastFailure } from "../lib/errors"
import { PageButton } from "./list-page"

/** Runs the scheduled expiry checks now and says what they did. */
export const RunExpiryChecksButton = () => {
  const { t } = useOcopTranslation()
  const run = useRunExpiryChecks()
  const start = () =>
    run.mutate(undefined, {
      onSuccess: (result) =>
        toast.success(t("expiryChecks.done"), {
          description: t("expiryChecks.result", {
            products: t("expiryChecks.products", { count: result.delisted_product_ids.length }),
            notices: t("expiryChecks.notices", { count: result.notified_certification_ids.length }),
          }),
        }),
      onError: toastFailure(t, t("expiryChecks.failed")),
    })
  return (
    <PageButton onClick={start} isLoading={run.isPending}>
      {t("expiryChecks.run")}
    </PageButton>
  )
}
