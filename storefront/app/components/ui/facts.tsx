import { Fragment, type ReactNode } from "react"

/** One fact: its label, and its value; a fact without a value (null, undefined, "") is left out. */
export type Fact = readonly [label: string, value: ReactNode]

/**
 * A definition list of facts (a producer's, a place's, a certificate's…), each label a `dt` and
 * its value a `dd`, in the order given.
 */
export function Facts({ facts, className = "facts" }: { facts: Fact[]; className?: string }) {
  return (
    <dl className={className}>
      {facts
        .filter(([, value]) => value !== null && value !== undefined && value !== "")
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  )
}
