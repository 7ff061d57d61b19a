import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useProductTitles } from "../hooks/use-product-titles"
import { formatDate } from "../lib/dates"
import type { Listing } from "../lib/types"
import { EmptyState } from "./empty-state"
import { ProductLink } from "./product-link"
import { StarRating } from "./star-rating"

type ProducerListingsTableProps = { listings: Listing[] }

/** The producer's products and whether each one is in front of shoppers. */
export const ProducerListingsTable = ({ listings }: ProducerListingsTableProps) => {
  const titles = useProductTitles(listings.map((listing) => listing.product_id))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Products</Heading>
      </div>
      {listings.length === 0 ? (
        <EmptyState
          title="No products yet"
          description="Assign a product from its page in Products (OCOP panel)."
        />
      ) : (
        <div className="overflow-x-auto">
          <Table aria-label="Products of this producer">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Stars</Table.HeaderCell>
                <Table.HeaderCell>Listing</Table.HeaderCell>
                <Table.HeaderCell>Listed until</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {listings.map((listing) => (
                <Table.Row key={listing.id}>
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
                        No certificate
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {listing.listed_now ? (
                      <StatusBadge color="green">Listed</StatusBadge>
                    ) : (
                      <StatusBadge color="grey">Not listed</StatusBadge>
                    )}
                  </Table.Cell>
                  <Table.Cell>{formatDate(listing.listed_until)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
