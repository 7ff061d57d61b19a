import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { ErrorState } from "./error-state"
import { LoadingState } from "./loading-state"

type ListPageProps = {
  title: string
  description: string
  /** The page's main button, on the right of the title. */
  action?: ReactNode
  children: ReactNode
}

/** An OCOP list screen: a titled container whose sections follow the header. */
export const ListPage = ({ title, description, action, children }: ListPageProps) => (
  <Container className="divide-y p-0">
    <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
      <div className="flex max-w-3xl flex-col gap-y-1">
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      </div>
      {action}
    </div>
    {children}
  </Container>
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

type ListTab = { value: string; label: string }

type ListTabsProps<T extends ListTab> = {
  tabs: T[]
  value: string
  onChange: (value: string) => void
  label: string
  children: (tab: T) => ReactNode
}

/** Tabs over one list (a view or a status); each tab's panel is rendered by `children`. */
export const ListTabs = <T extends ListTab>({
  tabs,
  value,
  onChange,
  label,
  children,
}: ListTabsProps<T>) => (
  <Tabs value={value} onValueChange={onChange}>
    <div className="px-6 py-3">
      <Tabs.List aria-label={label}>
        {tabs.map((tab) => (
          <Tabs.Trigger key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </div>
    {tabs.map((tab) => (
      <Tabs.Content key={tab.value} value={tab.value} className="border-t">
        {children(tab)}
      </Tabs.Content>
    ))}
  </Tabs>
)
