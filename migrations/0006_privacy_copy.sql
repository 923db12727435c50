CREATE TABLE `pulse_delivery_counts` (
	`pulse_id` integer NOT NULL,
	`department_id` integer,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`count` integer NOT NULL,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `pulse_delivery_counts_pulse_idx` ON `pulse_delivery_counts` (`pulse_id`);--> statement-breakpoint
CREATE TABLE `upgrades` (
	`name` text PRIMARY KEY NOT NULL,
	`done_at` integer
);
--> statement-breakpoint
INSERT INTO `pulse_delivery_counts` (`pulse_id`, `department_id`, `kind`, `status`, `count`)
  SELECT `pulse_id`, `department_id`, `kind`, `status`, count(*) FROM `deliveries`
  WHERE `pulse_id` IN (SELECT `id` FROM `pulses` WHERE `status` = 'closed')
  GROUP BY `pulse_id`, `department_id`, `kind`, `status`;--> statement-breakpoint
DELETE FROM `deliveries` WHERE `pulse_id` IN (SELECT `id` FROM `pulses` WHERE `status` = 'closed');--> statement-breakpoint
UPDATE `answers` SET `submitted_at` = CAST(`submitted_at` AS INTEGER) / 86400000 * 86400000, `updated_at` = CAST(`updated_at` AS INTEGER) / 86400000 * 86400000;--> statement-breakpoint
UPDATE `people` SET `created_at` = CAST(`created_at` AS INTEGER) / 86400000 * 86400000, `seen_at` = CAST(`seen_at` AS INTEGER) / 86400000 * 86400000;--> statement-breakpoint
INSERT INTO `upgrades` (`name`, `done_at`) SELECT 'per-pulse-pseudonyms', NULL WHERE EXISTS (SELECT 1 FROM `answers`);
