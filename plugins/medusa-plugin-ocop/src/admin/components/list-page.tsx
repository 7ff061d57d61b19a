import { Button, Container, Heading, Tabs, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useUrlState } from "../hooks/use-url-state"
import { EmptyState } from "./empty-state"
import { ErrorState } from "./error-state"
import { LoadingState } from "./loading-state"
import { Paged } from "./table-pagination"

type ListPageProps = {
  /** The page's translation group: its title is `nav.<texts>`, its description `<texts>.description`. */
  texts: string
  /** The page's main button, on the right of the title. */
  action?: ReactNode
  children: ReactNode
}

/** An OCOP list screen: a titled container whose sections follow the header. */
export const ListPage = ({ texts, action, children }: ListPageProps) => {
  const { t } = useOcopTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex max-w-3xl flex-col gap-y-1">
          <Heading level="h1">{t(`nav.${texts}`)}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`${texts}.description`)}
          </Text>
        </div>
        {action}
      </div>
      {children}
    </Container>
  )
}

type PageButtonProps = {
  onClick: () => void
  disabled?: boolean
  isLoading?: boolean
  children: ReactNode
}

/** A list page's main button (open a drawer, run the checks). */
export const PageButton = ({ onClick, disabled, isLoading, children }: PageButtonProps) => (
  <Button
    size="small"
    variant="secondary"
    onClick={onClick}
    disabled={disabled}
    isLoading={isLoading}
  >
    {children}
  </Button>
)

type Query = { isLoading: boolean; isError: boolean; error: unknown; data?: unknown }

type ListBodyProps = {
  /**
   * The reads the list needs, by translation group: the first one's `<group>.loading` is the
   * loading line, each failed read says what it could not load with `<group>.what`.
   */
  queries: Record<string, Query>
  isEmpty: boolean
  /** Shown instead of the list when it is empty. */
  empty: ReactNode
  children: ReactNode
}

/** Loading, then errors, then the empty state or the list. */
export const ListBody = ({ queries, isEmpty, empty, children }: ListBodyProps) => {
  const { t } = useOcopTranslation()
  const reads = Object.entries(queries)
  if (reads.some(([, query]) => query.isLoading))
    return <LoadingState label={t(`${reads[0]?.[0]}.loading`)} />
  const failed = reads.filter(([, query]) => query.isError)
  if (failed.length > 0)
    return (
      <>
        {failed.map(([group, query]) => (
          <ErrorState key={group} error={query.error} what={t(`${group}.what`)} />
        ))}
      </>
    )
  if (reads.some(([, query]) => !query.data)) return null
  return <>{isEmpty ? empty : children}</>
}

type PagedTabsProps = {
  /**
   * Translation group: `<texts>.tabs.<value>` names a tab, `<texts>.which` the tab list,
   * `<texts>.empty.<value>` an empty tab, `<texts>.loading` / `.what` the read.
   */
  texts: string
  /** The URL parameter holding the tab (the page is in `page`). */
  param: string
  values: string[]
  value: string
  query: Query
  isEmpty: boolean
  /** Rows over all pages. */
  count: number
  /** The current page's table. */
  children: ReactNode
}

/** A paged list behind tabs (a view or a status), its tab and page kept in the URL. */
export const PagedTabs = ({
  texts,
  param,
  values,
  value,
  query,
  isEmpty,
  count,
  children,
}: PagedTabsProps) => {
  const { t } = useOcopTranslation()
  const { pageIndex, update } = useUrlState()
  return (
    <Tabs value={value} onValueChange={(next) => update({ [param]: next, page: null })}>
      <div className="px-6 py-3">
        <Tabs.List aria-label={t(`${texts}.which`)}>
          {values.map((tab) => (
            <Tabs.Trigger key={tab} value={tab}>
              {t(`${texts}.tabs.${tab}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </div>
      {values.map((tab) => (
        <Tabs.Content key={tab} value={tab} className="border-t">
          <ListBody
            queries={{ [texts]: query }}
            isEmpty={isEmpty}
            empty={
              <EmptyState
                title={t("common.nothingHere")}
                description={t(`${texts}.empty.${tab}`)}
              />
            }
          >
            <Paged count={count} pageIndex={pageIndex} onPageChange={(page) => update({ page })}>
              {children}
            </Paged>
          </ListBody>
        </Tabs.Content>
      ))}
    </Tabs>
  )
}
