import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Consignment statements: a place's commission rate (basis points, null for its type's
 * default) and the payments places make to producers, with who recorded them.
 */
export class Migration20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_place" add column if not exists "commission_bps" integer null;`,
    )
    this.addSql(
      `create table if not exists "ocop_consignment_payment" ("id" text not null, "producer_id" text not null, "place_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "method" text check ("method" in ('cash', 'bank_transfer')) not null, "reference" text null, "paid_at" timestamptz not null, "recorded_by_type" text check ("recorded_by_type" in ('staff', 'organizer', 'user', 'system')) not null, "recorded_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_consignment_payment_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_consignment_payment_producer_id_place_id_paid_at" ON "ocop_consignment_payment" ("producer_id", "place_id", "paid_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_consignment_payment_deleted_at" ON "ocop_consignment_payment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_consignment_payment" cascade;`)
    this.addSql(`alter table if exists "ocop_place" drop column if exists "commission_bps";`)
  }
}
