import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LEGAL_FORM_LABELS } from "../lib/labels"
import type { Producer } from "../lib/types"

type ProducersTableProps = { producers: Producer[] }

export const ProducersTable = ({ producers }: ProducersTableProps) => (
  <div className="overflow-x-auto">
    <Table aria-label="Producers">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Legal form</Table.HeaderCell>
          <Table.HeaderCell>Province</Table.HeaderCell>
          <Table.HeaderCell>Commune</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {producers.map((producer) => (
          <Table.Row key={producer.id}>
            <Table.Cell>
              <Link
                to={`/ocop/producers/${producer.id}`}
                className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {producer.name}
              </Link>
            </Table.Cell>
            <Table.Cell>{LEGAL_FORM_LABELS[producer.legal_form]}</Table.Cell>
            <Table.Cell>{producer.province}</Table.Cell>
            <Table.Cell>
              <Text size="small" leading="compact">
                {producer.commune}
              </Text>
              {producer.legacy_district && (
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                  Former district: {producer.legacy_district}
                </Text>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
