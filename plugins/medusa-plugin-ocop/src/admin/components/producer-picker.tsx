import { Select } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useProducers } from "../hooks/use-producers"
import type { Producer } from "../lib/types"
import { FormField, TextField } from "./form-field"

export type PickedProducer = Pick<Producer, "id" | "name">

type ProducerPickerProps = {
  /** Prefix of the controls' ids. */
  id: string
  value: PickedProducer | null
  onChange: (producer: PickedProducer | null) => void
  /** What the search starts with, e.g. the producer name the applicant gave. */
  initialSearch?: string
}

const CHOICES = 50

/** Finds a producer by name and picks it; the pick survives a new search. */
export const ProducerPicker = ({
  id,
  value,
  onChange,
  initialSearch = "",
}: ProducerPickerProps) => {
  const { t } = useOcopTranslation()
  const [search, setSearch] = useState(initialSearch)
  const q = useDebouncedValue(search.trim())
  const producers = useProducers(q, CHOICES, 0)
  const found = producers.data?.producers ?? []
  const choices = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found

  const hint = producers.isError ? (
    t("producerPicker.loadFailed")
  ) : producers.isLoading ? (
    t("producers.loading")
  ) : found.length === 0 ? (
    <>
      {`${t("producerPicker.noMatch")} `}
      <Link to="/ocop/producers" className="text-ui-fg-interactive hover:underline">
        {t("nav.producers")}
      </Link>
    </>
  ) : producers.data && producers.data.count > found.length ? (
    t("producerPicker.showing", { shown: found.length, count: producers.data.count })
  ) : undefined

  return (
    <>
      <TextField
        id={`${id}-search`}
        label={t("producerPicker.find")}
        type="search"
        size="small"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={t("producerPicker.searchPlaceholder")}
      />
      <FormField id={id} label={t("producerUsers.producer")} hint={hint} warn={producers.isError}>
        <Select
          size="small"
          value={value?.id ?? ""}
          onValueChange={(producerId) =>
            onChange(choices.find((choice) => choice.id === producerId) ?? null)
          }
        >
          <Select.Trigger id={id} aria-required aria-describedby={hint ? `${id}-hint` : undefined}>
            <Select.Value placeholder={t("producerPicker.choose")} />
          </Select.Trigger>
          <Select.Content>
            {choices.map((producer) => (
              <Select.Item key={producer.id} value={producer.id}>
                {"province" in producer ? `${producer.name} · ${producer.province}` : producer.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
    </>
  )
}
