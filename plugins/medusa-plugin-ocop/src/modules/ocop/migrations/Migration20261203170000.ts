import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Producers' applications for booths at fairs, and the organisers' decisions on them. */
export class Migration20261203170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_booth_application" ("id" text not null, "fair_id" text not null, "producer_id" text not null, "product_ids" jsonb not null, "note" text null, "status" text check ("status" in ('pending', 'accepted', 'declined', 'withdrawn')) not null default 'pending', "decline_reason" text null, "booth_id" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_booth_application_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_booth_application_fair_id_status" ON "ocop_booth_application" ("fair_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_booth_application_producer_id" ON "ocop_booth_application" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_booth_application_deleted_at" ON "ocop_booth_application" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_booth_application" cascade;`)
  }
}
