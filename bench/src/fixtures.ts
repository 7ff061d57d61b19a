// What the scenarios ask for, read from the national catalogue itself: listed products, the
// filters shoppers browse by, search terms, and variants on the online shop's shelves.
import pg from "pg"

export interface Catalogue {
  products: number
  listed: number
  producers: number
  places: number
}

/** A variant and the shelf its online orders reserve from. */
export interface Shelf {
  variantId: string
  inventoryItemId: string
  locationId: string
}

export interface Fixtures {
  catalogue: Catalogue
  products: { id: string; handle: string }[]
  /** Query strings of the listing (24 a page) by stars, product group and province. */
  listFilters: string[]
  /** What shoppers type into the search. */
  searchTerms: string[]
  shelves: Shelf[]
}

/** What shoppers type: with and without diacritics, one or several words, one misspelt. */
const SEARCH_TERMS = [
  "ca phe",
  "cà phê rang xay",
  "che shan tuyet",
  "mật ong",
  "gao seng cu",
  "thổ cẩm",
  "ruou",
  "mac ca rang muoi",
  "bưởi diễn",
  "tieu",
  "mien dong",
  "ca phe nguyen hat",
  "thit trau gac bep",
  "mat ongg",
]

const count = async (client: pg.Client, sql: string) =>
  Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0)

async function readCatalogue(client: pg.Client): Promise<Catalogue> {
  return {
    products: await count(client, "select count(*) as n from product where deleted_at is null"),
    listed: await count(
      client,
      "select count(*) as n from ocop_listing where listed and deleted_at is null",
    ),
    producers: await count(
      client,
      "select count(*) as n from ocop_producer where deleted_at is null",
    ),
    places: await count(client, "select count(*) as n from ocop_place where deleted_at is null"),
  }
}

/** Listed products in a fixed pseudo-random order (the same on every run). */
async function listedProducts(client: pg.Client, limit: number) {
  const { rows } = await client.query<{ id: string; handle: string }>(
    `select p.id, p.handle from product p
     join ocop_listing l on l.product_id = p.id and l.listed and l.deleted_at is null
     where p.status = 'published' and p.deleted_at is null
     order by md5(p.id) limit $1`,
    [limit],
  )
  return rows
}

/** Browse filters on the busiest groups and provinces, alone and together. */
async function listFilters(client: pg.Client): Promise<string[]> {
  const top = async (column: "product_group" | "province") =>
    (
      await client.query<{ value: string }>(
        `select ${column} as value from ocop_listing where listed and deleted_at is null
         group by 1 order by count(*) desc limit 3`,
      )
    ).rows.map((row) => row.value)
  const [groups, provinces] = [await top("product_group"), await top("province")]
  const query = (params: Record<string, string | number | undefined>) =>
    new URLSearchParams(
      Object.entries({ limit: 24, ...params }).flatMap(([key, value]) =>
        value === undefined ? [] : [[key, String(value)]],
      ),
    ).toString()
  return [
    query({ stars: 4 }),
    query({ group: groups[0] }),
    query({ province: provinces[0] }),
    query({ stars: 3, group: groups[1], province: provinces[1] }),
    query({ stars: 5 }),
    query({ group: groups[2], province: provinces[2] }),
    query({ stars: 4, province: provinces[1], order: "price_asc" }),
    query({}),
  ]
}

/**
 * Variants of listed products with managed stock, each with one shelf at a place the online
 * shop's sales channel (the publishable key's) sells from.
 */
async function onlineShelves(client: pg.Client, publishableKey: string, limit: number) {
  const { rows } = await client.query<{
    variant_id: string
    inventory_item_id: string
    location_id: string
  }>(
    `select distinct on (md5(v.id)) v.id as variant_id, vi.inventory_item_id, il.location_id
     from product p
     join ocop_listing l on l.product_id = p.id and l.listed and l.deleted_at is null
     join product_variant v on v.product_id = p.id and v.deleted_at is null and v.manage_inventory
     join product_variant_inventory_item vi on vi.variant_id = v.id and vi.deleted_at is null
     join inventory_level il on il.inventory_item_id = vi.inventory_item_id
       and il.deleted_at is null
     join sales_channel_stock_location sl on sl.stock_location_id = il.location_id
       and sl.deleted_at is null
     join publishable_api_key_sales_channel kc on kc.sales_channel_id = sl.sales_channel_id
       and kc.deleted_at is null
     join api_key k on k.id = kc.publishable_key_id and k.token = $1
     where p.status = 'published' and p.deleted_at is null
       and (select count(*) from product_variant_inventory_item other
            where other.variant_id = v.id and other.deleted_at is null) = 1
     order by md5(v.id), il.location_id
     limit $2`,
    [publishableKey, limit],
  )
  return rows.map((row) => ({
    variantId: row.variant_id,
    inventoryItemId: row.inventory_item_id,
    locationId: row.location_id,
  }))
}

export async function loadFixtures(databaseUrl: string, publishableKey: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const products = await listedProducts(client, 300)
    return {
      catalogue: await readCatalogue(client),
      products,
      listFilters: await listFilters(client),
      searchTerms: SEARCH_TERMS,
      shelves: await onlineShelves(client, publishableKey, 61),
    }
  } finally {
    await client.end()
  }
}

/** Shelves where reserved goods exceed the goods on them, or either is negative: oversold. */
export async function oversoldShelves(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await count(
      client,
      `select count(*) as n from inventory_level where deleted_at is null
       and (stocked_quantity < 0 or reserved_quantity < 0 or reserved_quantity > stocked_quantity)`,
    )
  } finally {
    await client.end()
  }
}
