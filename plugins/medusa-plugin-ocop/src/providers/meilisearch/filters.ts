import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Value = SearchTypes.SearchFilterValue
type Operators = SearchTypes.SearchOperatorMap<Value>

const reject = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/** A literal in Meilisearch's filter syntax: strings double-quoted, dates as epoch ms. */
export function literal(value: Value): string {
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (value === null) throw reject("null is not a filter value; use $exists")
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

const list = (values: Value[]) => `[${values.map(literal).join(", ")}]`

function equality(field: string, value: Value): string {
  return value === null ? `${field} IS NULL` : `${field} = ${literal(value)}`
}

function operator(field: string, op: string, value: unknown): string {
  const values = (Array.isArray(value) ? value : [value]) as Value[]
  switch (op) {
    case "$eq":
      return equality(field, value as Value)
    case "$ne":
      return value === null ? `${field} IS NOT NULL` : `${field} != ${literal(value as Value)}`
    case "$in":
    case "$overlaps":
      return `${field} IN ${list(values)}`
    case "$nin":
      return `${field} NOT IN ${list(values)}`
    case "$gt":
      return `${field} > ${literal(value as Value)}`
    case "$gte":
      return `${field} >= ${literal(value as Value)}`
    case "$lt":
      return `${field} < ${literal(value as Value)}`
    case "$lte":
      return `${field} <= ${literal(value as Value)}`
    case "$exists":
      return value ? `${field} EXISTS` : `${field} NOT EXISTS`
    case "$contains":
      return values.map((entry) => equality(field, entry)).join(" AND ")
    default:
      throw reject(`The meilisearch provider does not support operator "${op}" on "${field}"`)
  }
}

function predicate(field: string, raw: unknown): string {
  if (raw === null || typeof raw !== "object" || raw instanceof Date) {
    return equality(field, raw as Value)
  }
  if (Array.isArray(raw)) return `${field} IN ${list(raw as Value[])}`
  const parts = Object.entries(raw as Operators).map(([op, value]) => operator(field, op, value))
  if (!parts.length) throw reject(`Empty operator map on filter field "${field}"`)
  return parts.length === 1 ? parts[0] : parts.map((part) => `(${part})`).join(" AND ")
}

/**
 * Compiles the Search Module's filter tree to a Meilisearch filter expression. On array fields
 * Meilisearch's `=` and `IN` mean "contains", which is the module's membership semantics.
 * `$prefix` and `$like` have no Meilisearch equivalent and are rejected, not approximated.
 */
export function compileFilter(filters: SearchTypes.SearchFilters | undefined): string | undefined {
  if (!filters) return undefined
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") {
      const branches = (value as SearchTypes.SearchFilters[])
        .map(compileFilter)
        .filter((branch): branch is string => !!branch)
      if (branches.length) {
        parts.push(
          `(${branches.map((branch) => `(${branch})`).join(` ${key.slice(1).toUpperCase()} `)})`,
        )
      }
      continue
    }
    if (key === "$not") {
      const negated = compileFilter(value as SearchTypes.SearchFilters)
      if (negated) parts.push(`NOT (${negated})`)
      continue
    }
    parts.push(predicate(key, value))
  }
  if (!parts.length) return undefined
  return parts.length === 1 ? parts[0] : parts.map((part) => `(${part})`).join(" AND ")
}
