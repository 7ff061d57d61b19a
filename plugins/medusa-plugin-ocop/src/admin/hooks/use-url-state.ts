import { useSearchParams } from "react-router-dom"

type Change = Record<string, string | number | null>

/**
 * List state (tab, search, page) kept in the URL, so reloading or sharing a link keeps the
 * place. Empty strings, zero and null remove the parameter.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams()
  const update = (changes: Change) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === "" || value === 0) next.delete(key)
          else next.set(key, String(value))
        }
        return next
      },
      { replace: true },
    )
  const pageIndex = Math.max(0, Math.floor(Number(params.get("page") ?? 0)) || 0)
  /** The parameter's value when it is one of `values` (a tab), else the first of them. */
  const choice = <V extends string>(param: string, values: readonly V[]): V => {
    const value = params.get(param)
    return values.find((candidate) => candidate === value) ?? values[0]
  }
  return { params, pageIndex, update, choice }
}
