import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Each place sells at its counter through a sales channel of its own. */
export class Migration20261123140800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_place" add column if not exists "sales_channel_id" text null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_place" drop column if exists "sales_channel_id";`)
  }
}
