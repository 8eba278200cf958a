ALTER TABLE `report_comments` RENAME TO `update_comments`;--> statement-breakpoint
DROP INDEX `report_comments_update_idx`;--> statement-breakpoint
CREATE INDEX `update_comments_update_idx` ON `update_comments` (`update_id`,`id`);
