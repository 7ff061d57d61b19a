import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const KINDS_BEFORE = `('receipt', 'stocktake', 'counter_sale', 'transfer_out', 'transfer_in')`
const KINDS = `('receipt', 'stocktake', 'counter_sale', 'transfer_out', 'transfer_in', 'counter_return')`

/**
 * Counter returns and shifts: goods brought back to the counter that sold them (a new stock
 * movement kind, `counter_return`), and shifts opened and closed with the drawer's cash — at
 * most one open shift per place, held by a unique index on open shifts.
 */
export class Migration20261203080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_stock_movement" drop constraint if exists "ocop_stock_movement_kind_check";`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_movement" add constraint "ocop_stock_movement_kind_check" check ("kind" in ${KINDS});`,
    )
    this.addSql(
      `create table if not exists "ocop_counter_return" ("id" text not null, "place_id" text not null, "order_id" text not null, "lines" jsonb not null, "refund_total" integer not null, "payment_method" text check ("payment_method" in ('cash', 'bank_transfer')) not null, "exchange_order_id" text null, "exchange_total" integer not null default 0, "actor_type" text check ("actor_type" in ('staff', 'organizer', 'user', 'system')) not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_counter_return_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_counter_return_deleted_at" ON "ocop_counter_return" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_counter_return_order_id" ON "ocop_counter_return" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_counter_return_place_id_created_at" ON "ocop_counter_return" ("place_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "ocop_counter_shift" ("id" text not null, "place_id" text not null, "opened_by" text not null, "opened_at" timestamptz not null, "opening_cash" integer not null, "closed_by" text null, "closed_at" timestamptz null, "counted_cash" integer null, "note" text null, "summary" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_counter_shift_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_counter_shift_deleted_at" ON "ocop_counter_shift" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_counter_shift_place_id_opened_at" ON "ocop_counter_shift" ("place_id", "opened_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_counter_shift_place_id_unique" ON "ocop_counter_shift" ("place_id") WHERE closed_at IS NULL AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_counter_shift" cascade;`)
    this.addSql(`drop table if exists "ocop_counter_return" cascade;`)
    this.addSql(`delete from "ocop_stock_movement" where "kind" = 'counter_return';`)
    this.addSql(
      `alter table if exists "ocop_stock_movement" drop constraint if exists "ocop_stock_movement_kind_check";`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_movement" add constraint "ocop_stock_movement_kind_check" check ("kind" in ${KINDS_BEFORE});`,
    )
  }
}
