import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Login throttle counts (modules/login-throttle) when no Redis is configured. */
export class Migration20261202120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_login_throttle" ("id" text not null, "count" integer not null default 0, "locked_until" timestamptz null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_login_throttle_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_login_throttle_expires_at" ON "ocop_login_throttle" ("expires_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_login_throttle_deleted_at" ON "ocop_login_throttle" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_login_throttle" cascade;`)
  }
}
