import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123110153 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_producer_user" drop constraint if exists "ocop_producer_user_email_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_producer_user" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "phone" text null, "status" text check ("status" in ('pending', 'approved', 'disabled')) not null default 'pending', "claimed" boolean not null default false, "requested_producer_name" text null, "requested_registration_number" text null, "producer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_user_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_user_email_unique" ON "ocop_producer_user" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_user_producer_id" ON "ocop_producer_user" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_user_deleted_at" ON "ocop_producer_user" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "ocop_producer_user" add constraint "ocop_producer_user_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete set null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_producer_user" cascade;`)
  }
}
