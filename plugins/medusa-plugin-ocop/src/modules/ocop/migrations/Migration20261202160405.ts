import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const ACTOR_TYPES = `('staff', 'organizer', 'user', 'system')`

/** Ground of a fair's transfer: the fair whose place is either end of the transfer. */
const FAIR_OF_TRANSFER = `select t.id as transfer_id, f.organizer_id
     from "ocop_stock_transfer" t
     join "ocop_fair" f on f.place_id in (t.from_place_id, t.to_place_id)`

/**
 * Places an officer links to a fair (where its stock may come from), and an actor on every
 * stock movement and transfer. Existing rows keep who made them: a staff member where one was
 * recorded; the fair's organiser for a fair's transfers, which recorded nobody; else the system.
 */
export class Migration20261202160405 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_fair_place" drop constraint if exists "ocop_fair_place_fair_id_place_id_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_fair_place" ("id" text not null, "place_id" text not null, "fair_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_place_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_place_fair_id" ON "ocop_fair_place" ("fair_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_place_deleted_at" ON "ocop_fair_place" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_fair_place_fair_id_place_id_unique" ON "ocop_fair_place" ("fair_id", "place_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_place_place_id" ON "ocop_fair_place" ("place_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "ocop_fair_place" add constraint "ocop_fair_place_fair_id_foreign" foreign key ("fair_id") references "ocop_fair" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "ocop_stock_movement" add column if not exists "actor_type" text check ("actor_type" in ${ACTOR_TYPES}) null;`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_movement" rename column "staff_user_id" to "actor_id";`,
    )
    this.addSql(
      `update "ocop_stock_movement" set "actor_type" = 'staff' where "actor_id" is not null;`,
    )
    this.addSql(
      `update "ocop_stock_movement" m set "actor_type" = 'organizer', "actor_id" = fair.organizer_id
         from (${FAIR_OF_TRANSFER}) fair
        where m.transfer_id = fair.transfer_id and m.actor_id is null;`,
    )
    this.addSql(
      `update "ocop_stock_movement" set "actor_type" = 'system' where "actor_type" is null;`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_movement" alter column "actor_type" set not null;`,
    )

    this.addSql(
      `alter table if exists "ocop_stock_transfer" add column if not exists "sent_by_type" text check ("sent_by_type" in ${ACTOR_TYPES}) null, add column if not exists "received_by_type" text check ("received_by_type" in ${ACTOR_TYPES}) null;`,
    )
    this.addSql(
      `update "ocop_stock_transfer" set "sent_by_type" = 'staff' where "sent_by" is not null;`,
    )
    this.addSql(
      `update "ocop_stock_transfer" set "received_by_type" = 'staff' where "received_by" is not null;`,
    )
    this.addSql(
      `update "ocop_stock_transfer" t set "sent_by_type" = 'organizer', "sent_by" = fair.organizer_id
         from (${FAIR_OF_TRANSFER}) fair
        where t.id = fair.transfer_id and t.sent_by is null;`,
    )
    this.addSql(
      `update "ocop_stock_transfer" t set "received_by_type" = 'organizer', "received_by" = fair.organizer_id
         from (${FAIR_OF_TRANSFER}) fair
        where t.id = fair.transfer_id and t.status = 'received' and t.received_by is null;`,
    )
    this.addSql(
      `update "ocop_stock_transfer" set "sent_by_type" = 'system' where "sent_by_type" is null;`,
    )
    this.addSql(
      `update "ocop_stock_transfer" set "received_by_type" = 'system' where "status" = 'received' and "received_by_type" is null;`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_transfer" alter column "sent_by_type" set not null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_fair_place" cascade;`)
    this.addSql(`update "ocop_stock_movement" set "actor_id" = null where "actor_type" <> 'staff';`)
    this.addSql(`alter table if exists "ocop_stock_movement" drop column if exists "actor_type";`)
    this.addSql(
      `alter table if exists "ocop_stock_movement" rename column "actor_id" to "staff_user_id";`,
    )
    this.addSql(
      `update "ocop_stock_transfer" set "sent_by" = null where "sent_by_type" <> 'staff';`,
    )
    this.addSql(
      `update "ocop_stock_transfer" set "received_by" = null where "received_by_type" <> 'staff';`,
    )
    this.addSql(
      `alter table if exists "ocop_stock_transfer" drop column if exists "sent_by_type", drop column if exists "received_by_type";`,
    )
  }
}
