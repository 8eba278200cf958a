CREATE TABLE `period_reopenings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`reason` text NOT NULL,
	`until` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `period_reopenings_period_org_idx` ON `period_reopenings` (`period_id`,`organization_id`,`until`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resolution_id` integer NOT NULL,
	`code` text NOT NULL,
	`category` text NOT NULL,
	`ordinal` integer NOT NULL,
	`name` text NOT NULL,
	`target_value` real,
	`target_high` real,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`year_end_only` integer DEFAULT false NOT NULL,
	`judgement` text,
	`judgement_note` text,
	`judged_by` integer,
	`judged_at` integer,
	`qualifier` text,
	`extra` text,
	`extra_value` real,
	`extra_unit` text,
	`min_value` real,
	`max_value` real,
	`source_line` text NOT NULL,
	`source_ref` text NOT NULL,
	`previous_target_id` integer,
	`baseline_value` real,
	`baseline_period` text,
	`errata` text,
	FOREIGN KEY (`resolution_id`) REFERENCES `resolutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`judged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`previous_target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_targets`("id", "resolution_id", "code", "category", "ordinal", "name", "target_value", "unit", "direction", "qualifier", "extra", "extra_value", "extra_unit", "min_value", "max_value", "source_line", "source_ref", "previous_target_id", "baseline_value", "baseline_period", "errata") SELECT "id", "resolution_id", "code", "category", "ordinal", "name", "target_value", "unit", "direction", "qualifier", "extra", "extra_value", "extra_unit", "min_value", "max_value", "source_line", "source_ref", "previous_target_id", "baseline_value", "baseline_period", "errata" FROM `targets`;--> statement-breakpoint
DROP TABLE `targets`;--> statement-breakpoint
ALTER TABLE `__new_targets` RENAME TO `targets`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `targets_resolution_code_uq` ON `targets` (`resolution_id`,`code`);--> statement-breakpoint
CREATE INDEX `targets_previous_idx` ON `targets` (`previous_target_id`);--> statement-breakpoint
ALTER TABLE `assignments` ADD `cadence` text;--> statement-breakpoint
ALTER TABLE `reporting_periods` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `reporting_periods` ADD `closed_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `tasks` ADD `deadline` text;--> statement-breakpoint
ALTER TABLE `updates` ADD `figure_kind` text;