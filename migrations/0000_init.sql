CREATE TABLE `admin_notices` (
	`key` text PRIMARY KEY NOT NULL,
	`message` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`notified_at` integer
);
--> statement-breakpoint
CREATE TABLE `answer_terms` (
	`answer_id` integer NOT NULL,
	`term` text NOT NULL,
	PRIMARY KEY(`answer_id`, `term`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `answer_themes` (
	`answer_id` integer NOT NULL,
	`theme` text NOT NULL,
	PRIMARY KEY(`answer_id`, `theme`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `answer_themes_theme_idx` ON `answer_themes` (`theme`);--> statement-breakpoint
CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pulse_id` integer NOT NULL,
	`respondent` text NOT NULL,
	`department_id` integer,
	`definition` text NOT NULL,
	`second_prompt` text,
	`second_answer` text,
	`comment` text,
	`submitted_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answers_pulse_respondent_unique` ON `answers` (`pulse_id`,`respondent`);--> statement-breakpoint
CREATE INDEX `answers_respondent_idx` ON `answers` (`respondent`);--> statement-breakpoint
CREATE INDEX `answers_pulse_department_idx` ON `answers` (`pulse_id`,`department_id`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pulse_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`department_id` integer,
	`not_before` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`channel_id` text,
	`message_ts` text,
	`updated_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_pulse_person_kind_unique` ON `deliveries` (`pulse_id`,`person_id`,`kind`);--> statement-breakpoint
CREATE INDEX `deliveries_due_idx` ON `deliveries` (`status`,`not_before`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`usergroup_id` text,
	`profile_value` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_name_unique` ON `departments` (lower("name"));--> statement-breakpoint
CREATE TABLE `digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_key` text NOT NULL,
	`channel_id` text NOT NULL,
	`kind` text DEFAULT 'company' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`message_ts` text,
	`file_id` text,
	`last_error` text,
	`posted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digests_period_channel_unique` ON `digests` (`period_key`,`channel_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slack_user_id` text NOT NULL,
	`tz` text,
	`department_id` integer,
	`department_source` text,
	`assigned_department_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`opted_out_at` integer,
	`dm_channel_id` text,
	`seen_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`assigned_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slack_user_id_unique` ON `people` (`slack_user_id`);--> statement-breakpoint
CREATE INDEX `people_department_idx` ON `people` (`department_id`);--> statement-breakpoint
CREATE TABLE `priorities` (
	`answer_id` integer NOT NULL,
	`touchpoint_id` integer NOT NULL,
	PRIMARY KEY(`answer_id`, `touchpoint_id`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`touchpoint_id`) REFERENCES `touchpoints`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `prompts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pulse_touchpoints` (
	`pulse_id` integer NOT NULL,
	`touchpoint_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`pulse_id`, `touchpoint_id`),
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`touchpoint_id`) REFERENCES `touchpoints`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `pulses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`trigger` text NOT NULL,
	`schedule_key` text,
	`opened_by` text,
	`opened_at` integer NOT NULL,
	`remind_at` integer,
	`closes_at` integer NOT NULL,
	`closed_at` integer,
	`customer_word` text DEFAULT 'customer' NOT NULL,
	`second_prompt` text,
	`enqueued_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pulses_schedule_key_unique` ON `pulses` (`schedule_key`);--> statement-breakpoint
CREATE INDEX `pulses_status_idx` ON `pulses` (`status`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`answer_id` integer NOT NULL,
	`touchpoint_id` integer NOT NULL,
	`rating` integer NOT NULL,
	PRIMARY KEY(`answer_id`, `touchpoint_id`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`touchpoint_id`) REFERENCES `touchpoints`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ratings_rating_range" CHECK("ratings"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE INDEX `ratings_touchpoint_idx` ON `ratings` (`touchpoint_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `settings_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor` text NOT NULL,
	`key` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `touchpoints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `touchpoints_name_unique` ON `touchpoints` (lower("name"));