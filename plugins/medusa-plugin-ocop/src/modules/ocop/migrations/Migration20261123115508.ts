import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123115508 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_organizer_user" drop constraint if exists "ocop_organizer_user_email_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_fair_entry" drop constraint if exists "ocop_fair_entry_fair_id_product_id_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_fair_booth" drop constraint if exists "ocop_fair_booth_fair_id_number_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_fair" drop constraint if exists "ocop_fair_slug_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_fair" ("id" text not null, "slug" text not null, "name" text not null, "name_en" text null, "venue" text not null, "province" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "description_vi" text null, "description_en" text null, "organizer_id" text not null, "place_id" text not null, "sales_channel_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_fair_slug_unique" ON "ocop_fair" ("slug") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_organizer_id" ON "ocop_fair" ("organizer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_deleted_at" ON "ocop_fair" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_fair_booth" ("id" text not null, "number" text not null, "producer_id" text not null, "fair_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_booth_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_fair_id" ON "ocop_fair_booth" ("fair_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_deleted_at" ON "ocop_fair_booth" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_fair_id_number_unique" ON "ocop_fair_booth" ("fair_id", "number") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_fair_entry" ("id" text not null, "product_id" text not null, "fair_id" text not null, "booth_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_entry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_entry_fair_id" ON "ocop_fair_entry" ("fair_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_entry_booth_id" ON "ocop_fair_entry" ("booth_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_entry_deleted_at" ON "ocop_fair_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_fair_entry_fair_id_product_id_unique" ON "ocop_fair_entry" ("fair_id", "product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_entry_product_id" ON "ocop_fair_entry" ("product_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_organizer_user" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "organisation" text null, "claimed" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_organizer_user_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_organizer_user_email_unique" ON "ocop_organizer_user" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_organizer_user_deleted_at" ON "ocop_organizer_user" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "ocop_fair_booth" add constraint "ocop_fair_booth_fair_id_foreign" foreign key ("fair_id") references "ocop_fair" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "ocop_fair_entry" add constraint "ocop_fair_entry_fair_id_foreign" foreign key ("fair_id") references "ocop_fair" ("id") on update cascade;`,
    )
    this.addSql(
      `alter table if exists "ocop_fair_entry" add constraint "ocop_fair_entry_booth_id_foreign" foreign key ("booth_id") references "ocop_fair_booth" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_fair_booth" drop constraint if exists "ocop_fair_booth_fair_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "ocop_fair_entry" drop constraint if exists "ocop_fair_entry_fair_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "ocop_fair_entry" drop constraint if exists "ocop_fair_entry_booth_id_foreign";`,
    )

    this.addSql(`drop table if exists "ocop_fair" cascade;`)

    this.addSql(`drop table if exists "ocop_fair_booth" cascade;`)

    this.addSql(`drop table if exists "ocop_fair_entry" cascade;`)

    this.addSql(`drop table if exists "ocop_organizer_user" cascade;`)
  }
}
