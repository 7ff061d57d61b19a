import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Bank transfers recorded as received: one per order, with who recorded it and the amount. */
export class Migration20261203091500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_transfer_payment" ("id" text not null, "order_id" text not null, "payment_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "bank_reference" text null, "recorded_by_type" text check ("recorded_by_type" in ('staff', 'organizer', 'user', 'system')) not null, "recorded_by" text null, "place_id" text null, "received_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_transfer_payment_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_transfer_payment_order_id_unique" ON "ocop_transfer_payment" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_transfer_payment_deleted_at" ON "ocop_transfer_payment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_transfer_payment" cascade;`)
  }
}
