CREATE TABLE `schedule_slots` (
	`job` text PRIMARY KEY NOT NULL,
	`last_slot` integer NOT NULL,
	`fired_at` integer NOT NULL
);
