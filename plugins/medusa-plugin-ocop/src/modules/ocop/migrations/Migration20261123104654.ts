import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123104654 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_product_story" drop constraint if exists "ocop_product_story_product_id_locale_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_listing" drop constraint if exists "ocop_listing_product_id_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_certification" drop constraint if exists "ocop_certification_certificate_number_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_certification" ("id" text not null, "product_id" text not null, "certificate_number" text not null, "decision_number" text not null, "issuing_authority" text not null, "stars" integer not null, "score" integer not null, "level" text check ("level" in ('local', 'provincial', 'national')) not null, "product_group" text check ("product_group" in ('food', 'drink', 'herbal', 'handicraft', 'ornamental', 'tourism')) not null, "product_subgroup" text null, "legacy_group" text null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "status" text check ("status" in ('active', 'revoked')) not null default 'active', "revoked_at" timestamptz null, "revocation_reason" text null, "expiry_notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_product_id" ON "ocop_certification" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certification_certificate_number_unique" ON "ocop_certification" ("certificate_number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_expires_at" ON "ocop_certification" ("expires_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "name" text not null, "legal_form" text check ("legal_form" in ('cooperative', 'cooperative_group', 'enterprise', 'household_business')) not null, "registration_number" text null, "province" text not null, "commune" text not null, "legacy_district" text null, "address" text null, "phone" text null, "email" text null, "story_vi" text null, "story_en" text null, "latitude" real null, "longitude" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_province" ON "ocop_producer" ("province") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_listing" ("id" text not null, "product_id" text not null, "producer_id" text not null, "certification_id" text null, "stars" integer null, "level" text check ("level" in ('local', 'provincial', 'national')) null, "product_group" text check ("product_group" in ('food', 'drink', 'herbal', 'handicraft', 'ornamental', 'tourism')) null, "province" text not null, "listed" boolean not null default false, "listed_until" timestamptz null, "certified_at" timestamptz null, "price_from" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_listing_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_listing_product_id_unique" ON "ocop_listing" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_producer_id" ON "ocop_listing" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_deleted_at" ON "ocop_listing" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_listed_stars" ON "ocop_listing" ("listed", "stars") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_listed_product_group" ON "ocop_listing" ("listed", "product_group") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_listed_province" ON "ocop_listing" ("listed", "province") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_listed_certified_at" ON "ocop_listing" ("listed", "certified_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_product_story" ("id" text not null, "product_id" text not null, "locale" text check ("locale" in ('vi', 'en')) not null, "product_title" text not null, "product_description" text null, "title" text not null, "body" text not null, "origin_place" text null, "video_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_story_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_product_story_deleted_at" ON "ocop_product_story" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_product_story_product_id_locale_unique" ON "ocop_product_story" ("product_id", "locale") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "ocop_listing" add constraint "ocop_listing_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_listing" drop constraint if exists "ocop_listing_producer_id_foreign";`,
    )

    this.addSql(`drop table if exists "ocop_certification" cascade;`)

    this.addSql(`drop table if exists "ocop_producer" cascade;`)

    this.addSql(`drop table if exists "ocop_listing" cascade;`)

    this.addSql(`drop table if exists "ocop_product_story" cascade;`)
  }
}
