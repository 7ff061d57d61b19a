import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Invitations to claim accounts officers open: only the SHA-256 of each token is stored. */
export class Migration20261202162345 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_invitation" drop constraint if exists "ocop_invitation_token_hash_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_invitation" ("id" text not null, "actor_type" text check ("actor_type" in ('producer', 'staff', 'organizer')) not null, "account_id" text not null, "email" text not null, "locale" text check ("locale" in ('vi', 'en')) not null default 'vi', "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "voided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_invitation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_invitation_token_hash_unique" ON "ocop_invitation" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_invitation_deleted_at" ON "ocop_invitation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_invitation_actor_type_account_id" ON "ocop_invitation" ("actor_type", "account_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_invitation" cascade;`)
  }
}
