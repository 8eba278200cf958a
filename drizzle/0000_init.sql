CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`target_id` integer,
	`task_id` integer,
	`role` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assignments_one_subject" CHECK(("assignments"."target_id" IS NULL) <> ("assignments"."task_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_org_target_uq` ON `assignments` (`organization_id`,`target_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_org_task_uq` ON `assignments` (`organization_id`,`task_id`);--> statement-breakpoint
CREATE INDEX `assignments_target_idx` ON `assignments` (`target_id`);--> statement-breakpoint
CREATE INDEX `assignments_task_idx` ON `assignments` (`task_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_id` integer,
	`actor_label` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer,
	`details` text,
	`ip` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE TABLE `evidence_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`update_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_key` text NOT NULL,
	`uploaded_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_files_storage_key_unique` ON `evidence_files` (`storage_key`);--> statement-breakpoint
CREATE INDEX `evidence_update_idx` ON `evidence_files` (`update_id`);--> statement-breakpoint
CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ip` text NOT NULL,
	`username` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_ip_at_idx` ON `login_failures` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_code_unique` ON `organizations` (`code`);--> statement-breakpoint
CREATE TABLE `reporting_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resolution_id` integer NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`due_on` text NOT NULL,
	FOREIGN KEY (`resolution_id`) REFERENCES `resolutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `periods_resolution_code_uq` ON `reporting_periods` (`resolution_id`,`code`);--> statement-breakpoint
CREATE TABLE `resolutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`issuing_body` text NOT NULL,
	`term` text,
	`conference_number` integer,
	`conference` text NOT NULL,
	`held_on` text,
	`venue` text,
	`signed_for` text,
	`signer_title` text,
	`signer_name` text,
	`objectives` text NOT NULL,
	`review_year` integer,
	`review_summary` text NOT NULL,
	`review_shortcomings` text NOT NULL,
	`review_resolution_number` text,
	`review_resolution_date` text,
	`review_targets_total` integer,
	`review_targets_met` integer,
	`review_targets_not_met` text,
	`recipients` text DEFAULT '[]' NOT NULL,
	`import_warnings` text DEFAULT '[]' NOT NULL,
	`source_text` text NOT NULL,
	`source_sha256` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `resolutions_year_unique` ON `resolutions` (`year`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resolution_id` integer NOT NULL,
	`code` text NOT NULL,
	`category` text NOT NULL,
	`ordinal` integer NOT NULL,
	`name` text NOT NULL,
	`target_value` real NOT NULL,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`qualifier` text,
	`extra` text,
	`extra_value` real,
	`extra_unit` text,
	`min_value` real,
	`max_value` real,
	`source_line` text NOT NULL,
	`source_ref` text NOT NULL,
	FOREIGN KEY (`resolution_id`) REFERENCES `resolutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_resolution_code_uq` ON `targets` (`resolution_id`,`code`);--> statement-breakpoint
CREATE TABLE `task_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resolution_id` integer NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	FOREIGN KEY (`resolution_id`) REFERENCES `resolutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_groups_resolution_number_uq` ON `task_groups` (`resolution_id`,`number`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`code` text NOT NULL,
	`paragraph` integer NOT NULL,
	`text` text NOT NULL,
	`source_ref` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_group_paragraph_uq` ON `tasks` (`group_id`,`paragraph`);--> statement-breakpoint
CREATE TABLE `updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target_id` integer,
	`task_id` integer,
	`organization_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`value` real,
	`note` text,
	`task_status` text,
	`progress` integer,
	`narrative` text,
	`author_id` integer NOT NULL,
	`submitted_at` integer,
	`reviewer_id` integer,
	`reviewed_at` integer,
	`return_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "updates_subject" CHECK(("updates"."kind" = 'target' AND "updates"."target_id" IS NOT NULL AND "updates"."task_id" IS NULL) OR ("updates"."kind" = 'task' AND "updates"."task_id" IS NOT NULL AND "updates"."target_id" IS NULL)),
	CONSTRAINT "updates_progress_range" CHECK("updates"."progress" IS NULL OR ("updates"."progress" BETWEEN 0 AND 100))
);
--> statement-breakpoint
CREATE INDEX `updates_state_idx` ON `updates` (`state`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `updates_org_state_idx` ON `updates` (`organization_id`,`state`);--> statement-breakpoint
CREATE INDEX `updates_target_state_idx` ON `updates` (`target_id`,`state`,`reviewed_at`);--> statement-breakpoint
CREATE INDEX `updates_task_state_idx` ON `updates` (`task_id`,`state`,`reviewed_at`);--> statement-breakpoint
CREATE INDEX `updates_period_idx` ON `updates` (`period_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`organization_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`password_changed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_officer_has_org" CHECK("users"."role" <> 'officer' OR "users"."organization_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_org_idx` ON `users` (`organization_id`);