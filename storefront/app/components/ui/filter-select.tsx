/** One choice a filter offers: the value sent in the URL and what the shopper reads. */
export type FilterOption = { value: string; label: string }

/**
 * One filter of a GET search form: a labelled select named as its URL parameter, starting with
 * "any" (no filter) when it has one. Its id is `filter-<name>` unless given.
 */
export function FilterSelect({
  name,
  id = `filter-${name}`,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string
  id?: string
  label: string
  /** The first option, meaning "no filter"; none where a choice is always made (the order). */
  anyLabel?: string
  value: string
  options: readonly FilterOption[]
}) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  )
}
