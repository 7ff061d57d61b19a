import { Button, Input, Select, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { useAssignProducts, useProducers } from "../hooks/use-producers"
import { errorMessage } from "../lib/errors"
import { FormField } from "./form-field"

type AssignProducerFormProps = { productId: string }

const CHOICES = 50

/** Gives a product its producer (chủ thể OCOP), the first step before any certificate. */
export const AssignProducerForm = ({ productId }: AssignProducerFormProps) => {
  const [search, setSearch] = useState("")
  const [producerId, setProducerId] = useState("")
  const q = useDebouncedValue(search.trim())
  const producers = useProducers(q, CHOICES, 0)
  const assign = useAssignProducts()
  const choices = producers.data?.producers ?? []

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const producer = choices.find((choice) => choice.id === producerId)
    if (!producer) return
    assign.mutate(
      { producerId: producer.id, productIds: [productId] },
      {
        onSuccess: () => toast.success(`Assigned to ${producer.name}`),
        onError: (error) =>
          toast.error("The producer was not assigned", { description: errorMessage(error) }),
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-4 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        This product has no producer yet. Assign its producer before recording a certificate.
      </Text>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField id="assign-search" label="Find producer">
          <Input
            id="assign-search"
            type="search"
            size="small"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Name, e.g. HTX Trà My"
          />
        </FormField>
        <FormField
          id="assign-producer"
          label="Producer"
          hint={
            producers.isLoading
              ? "Loading producers…"
              : choices.length === 0
                ? "No producer matches. Create one under OCOP producers."
                : producers.data && producers.data.count > choices.length
                  ? `Showing ${choices.length} of ${producers.data.count}; search to narrow.`
                  : undefined
          }
        >
          <Select size="small" value={producerId} onValueChange={setProducerId}>
            <Select.Trigger id="assign-producer" aria-describedby="assign-producer-hint">
              <Select.Value placeholder="Choose a producer" />
            </Select.Trigger>
            <Select.Content>
              {choices.map((producer) => (
                <Select.Item key={producer.id} value={producer.id}>
                  {`${producer.name} · ${producer.province}`}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
      </div>
      <div className="flex justify-end">
        <Button
          size="small"
          type="submit"
          disabled={!choices.some((choice) => choice.id === producerId)}
          isLoading={assign.isPending}
        >
          Assign producer
        </Button>
      </div>
    </form>
  )
}
