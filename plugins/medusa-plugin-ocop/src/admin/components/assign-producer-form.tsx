import { Button, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useAssignProducts } from "../hooks/use-producers"
import { toastFailure } from "../lib/errors"
import { ProducerPicker, type PickedProducer } from "./producer-picker"

type AssignProducerFormProps = { productId: string }

/** Gives a product its producer (chủ thể OCOP), the first step before any certificate. */
export const AssignProducerForm = ({ productId }: AssignProducerFormProps) => {
  const { t } = useOcopTranslation()
  const [producer, setProducer] = useState<PickedProducer | null>(null)
  const assign = useAssignProducts()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!producer) return
    assign.mutate(
      { producerId: producer.id, productIds: [productId] },
      {
        onSuccess: () => toast.success(t("assignProducer.assigned", { producer: producer.name })),
        onError: toastFailure(t, t("assignProducer.failed")),
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-4 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {t("assignProducer.intro")}
      </Text>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <ProducerPicker id="assign-producer" value={producer} onChange={setProducer} />
      </div>
      <div className="flex justify-end">
        <Button size="small" type="submit" disabled={!producer} isLoading={assign.isPending}>
          {t("assignProducer.submit")}
        </Button>
      </div>
    </form>
  )
}
