ALTER TABLE `updates` ADD `role` text DEFAULT 'lead' NOT NULL;--> statement-breakpoint
CREATE INDEX `updates_period_org_idx` ON `updates` (`period_id`,`organization_id`,`state`);--> statement-breakpoint
CREATE UNIQUE INDEX `updates_open_target_uq` ON `updates` (`target_id`,`organization_id`,`period_id`) WHERE "updates"."target_id" IS NOT NULL AND "updates"."state" <> 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX `updates_open_task_uq` ON `updates` (`task_id`,`organization_id`,`period_id`) WHERE "updates"."task_id" IS NOT NULL AND "updates"."state" <> 'approved';