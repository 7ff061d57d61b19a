import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A certificate that ends before 36 months from issue records why. */
export class Migration20261202160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certification" add column if not exists "expiry_reason" text null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certification" drop column if exists "expiry_reason";`)
  }
}
