CREATE TABLE `resolution_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`file_name` text,
	`source_text` text NOT NULL,
	`source_sha256` text NOT NULL,
	`doc` text NOT NULL,
	`previous_resolution_id` integer,
	`published_resolution_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`previous_resolution_id`) REFERENCES `resolutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_resolution_id`) REFERENCES `resolutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resolution_drafts_state_idx` ON `resolution_drafts` (`state`);--> statement-breakpoint
ALTER TABLE `resolutions` ADD `state` text DEFAULT 'archived' NOT NULL;--> statement-breakpoint
-- The latest year imported so far is the current one (hand-written: data, not schema).
UPDATE `resolutions` SET `state` = 'current' WHERE `id` = (SELECT `id` FROM `resolutions` ORDER BY `year` DESC LIMIT 1);--> statement-breakpoint
ALTER TABLE `resolutions` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `resolutions` ADD `published_by` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `resolutions_one_current_uq` ON `resolutions` (`state`) WHERE "resolutions"."state" = 'current';--> statement-breakpoint
ALTER TABLE `targets` ADD `previous_target_id` integer REFERENCES targets(id);--> statement-breakpoint
ALTER TABLE `targets` ADD `baseline_value` real;--> statement-breakpoint
ALTER TABLE `targets` ADD `baseline_period` text;--> statement-breakpoint
ALTER TABLE `targets` ADD `errata` text;--> statement-breakpoint
CREATE INDEX `targets_previous_idx` ON `targets` (`previous_target_id`);--> statement-breakpoint
ALTER TABLE `tasks` ADD `errata` text;