CREATE TABLE `public_revision` (
	`id` integer PRIMARY KEY NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`generation` text DEFAULT '' NOT NULL
);
