import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const KINDS = `('receipt', 'stocktake', 'counter_sale', 'transfer_out', 'transfer_in', 'counter_return', 'online_order')`
const OLD_KINDS = `('receipt', 'stocktake', 'counter_sale', 'transfer_out', 'transfer_in', 'counter_return')`

/**
 * Online orders reach the shelves: each order's part served by a place (its assignment), and
 * the `online_order` movement that records the units an order took off a place's shelf.
 */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_order_assignment" ("id" text not null, "order_id" text not null, "place_id" text not null, "stock_location_id" text not null, "kind" text check ("kind" in ('pickup', 'delivery')) not null, "status" text check ("status" in ('new', 'preparing', 'ready_for_pickup', 'shipped', 'handed_over', 'delivered', 'cancelled')) not null default 'new', "items" jsonb not null, "pickup_code" text null, "carrier" text null, "tracking_number" text null, "cancel_reason" text null, "fulfillment_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_order_assignment_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_order_assignment_deleted_at" ON "ocop_order_assignment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_order_assignment_place_id_status_created_at" ON "ocop_order_assignment" ("place_id", "status", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_order_assignment_order_id" ON "ocop_order_assignment" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_movement" drop constraint if exists "ocop_stock_movement_kind_check";`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_movement" add constraint "ocop_stock_movement_kind_check" check ("kind" in ${KINDS});`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_order_assignment" cascade;`)
    this.addSql(`delete from "ocop_stock_movement" where "kind" = 'online_order';`)
    this.addSql(
      `alter table if exists "ocop_stock_movement" drop constraint if exists "ocop_stock_movement_kind_check";`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_movement" add constraint "ocop_stock_movement_kind_check" check ("kind" in ${OLD_KINDS});`,
    )
  }
}
