ALTER TABLE `answers` ADD `language` text;--> statement-breakpoint
ALTER TABLE `people` ADD `locale` text;