CREATE TABLE `customer_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`touchpoint_id` integer NOT NULL,
	`metric` text NOT NULL,
	`raw_score` real NOT NULL,
	`scale` text NOT NULL,
	`normalised` real NOT NULL,
	`n` integer NOT NULL,
	`imported_at` integer NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`touchpoint_id`) REFERENCES `touchpoints`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_scores_key_unique` ON `customer_scores` (`period`,`touchpoint_id`,`metric`);--> statement-breakpoint
CREATE INDEX `customer_scores_touchpoint_idx` ON `customer_scores` (`touchpoint_id`);