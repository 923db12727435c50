CREATE TABLE `follow_up_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`follow_up_id` integer NOT NULL,
	`actor` text NOT NULL,
	`at` integer NOT NULL,
	`what` text NOT NULL,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pulse_id` integer NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_key` text NOT NULL,
	`subject_name` text NOT NULL,
	`departments` text NOT NULL,
	`high_department` text NOT NULL,
	`low_department` text NOT NULL,
	`gap` real NOT NULL,
	`high_mean` real NOT NULL,
	`low_mean` real NOT NULL,
	`significant` integer NOT NULL,
	`owner_id` text NOT NULL,
	`next_step` text NOT NULL,
	`due_date` text NOT NULL,
	`channel_id` text,
	`status` text DEFAULT 'open' NOT NULL,
	`done_note` text,
	`outcome` text,
	`created_by` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	`announced_at` integer,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_ups_idempotency_unique` ON `follow_ups` (`idempotency_key`);