CREATE TABLE `roster_names` (
	`name` text PRIMARY KEY NOT NULL,
	`seen_at` integer NOT NULL
);
--> statement-breakpoint
-- Quoting is opt-in: answers given before this release were never asked, so none of them is quoted.
ALTER TABLE `answers` ADD `quote_consent` integer DEFAULT false NOT NULL;