import { Button, toast } from "@medusajs/ui"
import { useRunExpiryChecks } from "../hooks/use-certifications"
import { errorMessage } from "../lib/errors"

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Runs the scheduled expiry checks now and says what they did. */
export const RunExpiryChecksButton = () => {
  const run = useRunExpiryChecks()
  const start = () =>
    run.mutate(undefined, {
      onSuccess: (result) =>
        toast.success("Expiry checks done", {
          description: `${plural(result.delisted_product_ids.length, "product", "products")} delisted, ${plural(result.notified_certification_ids.length, "expiry notice", "expiry notices")} sent to producers.`,
        }),
      onError: (error) =>
        toast.error("The expiry checks did not run", { description: errorMessage(error) }),
    })
  return (
    <Button size="small" variant="secondary" onClick={start} isLoading={run.isPending}>
      Run expiry checks now
    </Button>
  )
}
