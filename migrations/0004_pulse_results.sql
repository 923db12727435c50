CREATE TABLE `pulse_results` (
	`pulse_id` integer PRIMARY KEY NOT NULL,
	`anonymity_threshold` integer NOT NULL,
	`format` integer NOT NULL,
	`results` text NOT NULL,
	`taken_at` integer NOT NULL,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `pulses` ADD `anonymity_threshold` integer;--> statement-breakpoint
-- A pulse from before this release answered under the threshold set then; the setting as it stands
-- is the best record of it (the default when never set). Results are frozen from these at start-up.
UPDATE `pulses`
SET `anonymity_threshold` = coalesce(
  (
    SELECT CAST(json_extract(`value`, '$') AS INTEGER)
    FROM `settings`
    WHERE `key` = 'anonymity_threshold' AND json_valid(`value`)
      AND json_type(`value`, '$') = 'integer' AND json_extract(`value`, '$') >= 3
  ),
  5
);
