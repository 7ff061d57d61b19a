import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The programme dashboard reads every place's sales of a period (counter sales, returns,
 * online orders) from the stock movements: an index by kind and time, so a period's sales are
 * a range read, not a scan of every place's audit trail.
 */
export class Migration20261203173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_stock_movement_kind_created_at" ON "ocop_stock_movement" ("kind", "created_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_stock_movement_kind_created_at";`)
  }
}
