import { Table } from "@medusajs/ui"
import type { ReactNode } from "react"

/** Rows per page of the paged OCOP lists. */
export const PAGE_SIZE = 20

type PagedProps = {
  count: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
  /** The table of the current page. */
  children: ReactNode
}

/** A page of a list with the dashboard's pagination bar, driven by the API's count/limit/offset. */
export const Paged = ({ count, pageIndex, onPageChange, children }: PagedProps) => {
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <>
      {children}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex < pageCount - 1}
        previousPage={() => onPageChange(pageIndex - 1)}
        nextPage={() => onPageChange(pageIndex + 1)}
      />
    </>
  )
}
