import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123105803 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_place" drop constraint if exists "ocop_place_stock_location_id_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_place" ("id" text not null, "stock_location_id" text not null, "type" text check ("type" in ('provincial_centre', 'local_centre', 'sales_point', 'showroom', 'fair_ground')) not null, "venue" text check ("venue" in ('station', 'airport', 'highway_rest_stop', 'shopping_centre', 'supermarket_market', 'tourist_site', 'hotel_restaurant', 'craft_village', 'fair_centre', 'post_office', 'administrative_centre')) null, "province" text not null, "commune" text not null, "legacy_district" text null, "address" text not null, "latitude" real null, "longitude" real null, "opening_hours" text null, "phone" text null, "pickup" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_place_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_place_stock_location_id_unique" ON "ocop_place" ("stock_location_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_place_deleted_at" ON "ocop_place" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_place_province_type" ON "ocop_place" ("province", "type") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_place" cascade;`)
  }
}
