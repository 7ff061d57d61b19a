import { Table } from "@medusajs/ui"

type TablePaginationProps = {
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
}

/** The dashboard's pagination bar, driven by the API's count/limit/offset. */
export const TablePagination = ({
  count,
  pageSize,
  pageIndex,
  onPageChange,
}: TablePaginationProps) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => onPageChange(pageIndex - 1)}
      nextPage={() => onPageChange(pageIndex + 1)}
    />
  )
}
