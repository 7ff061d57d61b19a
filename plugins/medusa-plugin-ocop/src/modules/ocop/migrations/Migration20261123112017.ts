import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123112017 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_stock_threshold" drop constraint if exists "ocop_stock_threshold_place_id_inventory_item_id_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_staff_assignment" drop constraint if exists "ocop_staff_assignment_staff_user_id_place_id_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_staff_user" drop constraint if exists "ocop_staff_user_email_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_staff_user" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "claimed" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_staff_user_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_staff_user_email_unique" ON "ocop_staff_user" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_staff_user_deleted_at" ON "ocop_staff_user" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_staff_assignment" ("id" text not null, "staff_user_id" text not null, "place_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_staff_assignment_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_staff_assignment_staff_user_id" ON "ocop_staff_assignment" ("staff_user_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_staff_assignment_place_id" ON "ocop_staff_assignment" ("place_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_staff_assignment_deleted_at" ON "ocop_staff_assignment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_staff_assignment_staff_user_id_place_id_unique" ON "ocop_staff_assignment" ("staff_user_id", "place_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_stock_movement" ("id" text not null, "place_id" text not null, "stock_location_id" text not null, "inventory_item_id" text not null, "variant_id" text not null, "kind" text check ("kind" in ('receipt', 'stocktake', 'counter_sale', 'transfer_out', 'transfer_in')) not null, "quantity_change" integer not null, "quantity_after" integer not null, "reason" text null, "delivery_note" text null, "producer_id" text null, "staff_user_id" text null, "transfer_id" text null, "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stock_movement_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_movement_deleted_at" ON "ocop_stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_movement_place_id_created_at" ON "ocop_stock_movement" ("place_id", "created_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_stock_threshold" ("id" text not null, "place_id" text not null, "inventory_item_id" text not null, "threshold" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stock_threshold_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_threshold_deleted_at" ON "ocop_stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_stock_threshold_place_id_inventory_item_id_unique" ON "ocop_stock_threshold" ("place_id", "inventory_item_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_stock_transfer" ("id" text not null, "from_place_id" text not null, "to_place_id" text not null, "status" text check ("status" in ('in_transit', 'received')) not null default 'in_transit', "lines" jsonb not null, "note" text null, "sent_by" text null, "received_by" text null, "received_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stock_transfer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_transfer_deleted_at" ON "ocop_stock_transfer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_transfer_to_place_id_status" ON "ocop_stock_transfer" ("to_place_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_transfer_from_place_id_status" ON "ocop_stock_transfer" ("from_place_id", "status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "ocop_staff_assignment" add constraint "ocop_staff_assignment_staff_user_id_foreign" foreign key ("staff_user_id") references "ocop_staff_user" ("id") on update cascade;`,
    )
    this.addSql(
      `alter table if exists "ocop_staff_assignment" add constraint "ocop_staff_assignment_place_id_foreign" foreign key ("place_id") references "ocop_place" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_staff_assignment" drop constraint if exists "ocop_staff_assignment_staff_user_id_foreign";`,
    )

    this.addSql(`drop table if exists "ocop_staff_user" cascade;`)

    this.addSql(`drop table if exists "ocop_staff_assignment" cascade;`)

    this.addSql(`drop table if exists "ocop_stock_movement" cascade;`)

    this.addSql(`drop table if exists "ocop_stock_threshold" cascade;`)

    this.addSql(`drop table if exists "ocop_stock_transfer" cascade;`)
  }
}
