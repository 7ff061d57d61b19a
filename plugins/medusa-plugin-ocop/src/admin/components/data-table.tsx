import { Badge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"

type DataTableProps = {
  /** The table's translation group: `<texts>.tableLabel` names it, `<texts>.columns.<key>` heads. */
  texts: string
  /** Column keys, in order. */
  columns: string[]
  /** Adds a last column, unnamed on screen, for each row's buttons. */
  actions?: boolean
  children: ReactNode
}

/** The dashboard's table with a header row; the rows are the children. */
export const DataTable = ({ texts, columns, actions, children }: DataTableProps) => {
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
        <Table.Body>{children}</Table.Body>
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
