import { Badge, Button, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type DataTableProps<T extends { id: string }> = {
  /** The table's translation group: `<texts>.tableLabel` names it, `<texts>.columns.<key>` heads. */
  texts: string
  /** Column keys, in order. */
  columns: string[]
  /** Adds a last column, unnamed on screen, for each row's buttons. */
  actions?: boolean
  rows: T[]
  /** A row's cells, in the columns' order (then its buttons). */
  children: (row: T) => ReactNode
}

/** The dashboard's table with a header row and a row per item. */
export const DataTable = <T extends { id: string }>({
  texts,
  columns,
  actions,
  rows,
  children,
}: DataTableProps<T>) => {
  const { t } = useOcopTranslation()
  return (
    <div className="overflow-x-auto">
      <Table aria-label={t(`${texts}.tableLabel`)}>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column}>{t(`${texts}.columns.${column}`)}</Table.HeaderCell>
            ))}
            {actions && (
              <Table.HeaderCell>
                <span className="sr-only">{t("common.actions")}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>{children(row)}</Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

type CellLinesProps = {
  children: ReactNode
  /** A smaller, muted second line; left out when empty. */
  detail?: ReactNode
  strong?: boolean
}

/** A cell's main value with an optional muted line under it. */
export const CellLines = ({ children, detail, strong }: CellLinesProps) => (
  <>
    <Text size="small" leading="compact" weight={strong ? "plus" : "regular"}>
      {children}
    </Text>
    {detail ? <MutedLine>{detail}</MutedLine> : null}
  </>
)

/** A row's first cell: what the row is, in bold, with a muted detail line under it. */
export const TitleCell = ({ children, detail }: Omit<CellLinesProps, "strong">) => (
  <Table.Cell className="py-2">
    <CellLines strong detail={detail}>
      {children}
    </CellLines>
  </Table.Cell>
)

/** Where a producer or place is: its commune, with its former district when one is recorded. */
export const CommuneCell = ({
  commune,
  legacyDistrict,
}: {
  commune: string
  legacyDistrict?: string | null
}) => {
  const { t } = useOcopTranslation()
  return (
    <Table.Cell>
      <CellLines
        detail={legacyDistrict && t("common.formerDistrictOf", { district: legacyDistrict })}
      >
        {commune}
      </CellLines>
    </Table.Cell>
  )
}

type RowButtonProps = {
  /** What the button does to this row, for screen readers ("Revoke QNA-2024-0017"). */
  label: string
  onClick: () => void
  children: ReactNode
}

/** A row's secondary button, named for the row it acts on. */
export const RowButton = ({ label, onClick, children }: RowButtonProps) => (
  <Button size="small" variant="secondary" onClick={onClick} aria-label={label}>
    {children}
  </Button>
)

/** A small muted line under a cell's value or badge. */
export const MutedLine = ({ children }: { children: ReactNode }) => (
  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
    {children}
  </Text>
)

type BadgeListProps = { items: { id: string; name: string }[] }

/** Small badges for the places (or other names) a row is linked to, or "None". */
export const BadgeList = ({ items }: BadgeListProps) => {
  const { t } = useOcopTranslation()
  return (
    <div className="flex max-w-md flex-wrap gap-1">
      {items.length === 0 && <span className="text-ui-fg-subtle">{t("common.none")}</span>}
      {items.map((item) => (
        <Badge key={item.id} size="2xsmall">
          {item.name}
        </Badge>
      ))}
    </div>
  )
}
