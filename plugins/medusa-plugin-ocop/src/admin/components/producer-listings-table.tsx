import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useProductTitles } from "../hooks/use-product-titles"
import type { Listing } from "../lib/types"
import { DataTable } from "./data-table"
import { EmptyState } from "./empty-state"
import { ProductLink } from "./product-link"
import { StarRating } from "./star-rating"

type ProducerListingsTableProps = { listings: Listing[] }

/** The producer's products and whether each one is in front of shoppers. */
export const ProducerListingsTable = ({ listings }: ProducerListingsTableProps) => {
  const { t, formatDate } = useOcopTranslation()
  const titles = useProductTitles(listings.map((listing) => listing.product_id))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("producerListings.title")}</Heading>
      </div>
      {listings.length === 0 ? (
        <EmptyState
          title={t("producerListings.emptyTitle")}
          description={t("producerListings.emptyDescription")}
        />
      ) : (
        <DataTable
          texts="producerListings"
          columns={["product", "stars", "listing", "listedUntil"]}
          rows={listings}
        >
          {(listing) => (
            <>
              <Table.Cell className="py-2">
                <ProductLink
                  productId={listing.product_id}
                  title={titles.data?.get(listing.product_id)}
                />
              </Table.Cell>
              <Table.Cell>
                {listing.stars ? (
                  <StarRating stars={listing.stars} />
                ) : (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("producerListings.noCertificate")}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={listing.listed_now ? "green" : "grey"}>
                  {listing.listed_now
                    ? t("producerListings.listed")
                    : t("producerListings.notListed")}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell>{formatDate(listing.listed_until)}</Table.Cell>
            </>
          )}
        </DataTable>
      )}
    </Container>
  )
}
