// Medusa's search-postgres migration (pg_trgm, unaccent and the index catalog), re-exported
// under its own name: the provider's migrations are looked up next to the provider, and the
// name is what a database that ran it with Medusa's provider already recorded.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
