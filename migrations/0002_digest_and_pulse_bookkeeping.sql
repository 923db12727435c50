CREATE TABLE `digest_channel_sources` (
	`channel_id` text NOT NULL,
	`department_id` integer,
	`source` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_channel_sources_company_unique` ON `digest_channel_sources` (`channel_id`) WHERE department_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX `digest_channel_sources_department_unique` ON `digest_channel_sources` (`channel_id`,`department_id`) WHERE department_id is not null;--> statement-breakpoint
ALTER TABLE `pulses` ADD `prompt_index` integer;--> statement-breakpoint
ALTER TABLE `pulses` ADD `digest_done_at` integer;--> statement-breakpoint
-- Carry over the bookkeeping earlier releases kept as `internal:` keys of the settings table.
-- `internal:digest_source:<channel>`: what a company digest channel last showed.
INSERT INTO `digest_channel_sources` (`channel_id`, `department_id`, `source`, `updated_at`)
SELECT substr(`key`, 24), NULL, json_extract(`value`, '$'), `updated_at`
FROM `settings`
WHERE substr(`key`, 1, 23) = 'internal:digest_source:'
  AND substr(`key`, 1, 28) <> 'internal:digest_source:dept:'
  AND length(`key`) > 23
  AND json_valid(`value`)
  AND json_extract(`value`, '$') IS NOT NULL;
--> statement-breakpoint
-- `internal:digest_source:dept:<department id>:<channel>`: what a department's channel last showed
-- (kept only for a department that still exists, as the foreign key requires).
WITH `department_sources` AS (
  SELECT substr(`key`, 29) AS `rest`, `value`, `updated_at`
  FROM `settings`
  WHERE substr(`key`, 1, 28) = 'internal:digest_source:dept:' AND json_valid(`value`)
)
INSERT INTO `digest_channel_sources` (`channel_id`, `department_id`, `source`, `updated_at`)
SELECT substr(`rest`, instr(`rest`, ':') + 1),
  CAST(substr(`rest`, 1, instr(`rest`, ':') - 1) AS INTEGER),
  json_extract(`value`, '$'),
  `updated_at`
FROM `department_sources`
WHERE instr(`rest`, ':') > 1
  AND length(`rest`) > instr(`rest`, ':')
  AND json_extract(`value`, '$') IS NOT NULL
  AND CAST(substr(`rest`, 1, instr(`rest`, ':') - 1) AS INTEGER) IN (SELECT `id` FROM `departments`);
--> statement-breakpoint
-- `internal:pulse_digest_done`: the highest pulse id whose after-close digest was claimed; every
-- closed pulse up to it owed nothing more, so each is marked done as of that row's last write.
UPDATE `pulses`
SET `digest_done_at` = (SELECT `updated_at` FROM `settings` WHERE `key` = 'internal:pulse_digest_done')
WHERE `status` = 'closed'
  AND `id` <= (
    SELECT CAST(json_extract(`value`, '$') AS INTEGER)
    FROM `settings`
    WHERE `key` = 'internal:pulse_digest_done' AND json_valid(`value`)
  );
--> statement-breakpoint
-- `internal:prompt_index`: the rotation turn the next pulse takes. The newest pulse that asked a
-- second prompt took the turn before it, so the next pulse still takes the same one.
UPDATE `pulses`
SET `prompt_index` = (
  SELECT CAST(json_extract(`value`, '$') AS INTEGER) - 1
  FROM `settings`
  WHERE `key` = 'internal:prompt_index' AND json_valid(`value`)
)
WHERE `id` = (SELECT max(`id`) FROM `pulses` WHERE `second_prompt` IS NOT NULL)
  AND (
    SELECT CAST(json_extract(`value`, '$') AS INTEGER)
    FROM `settings`
    WHERE `key` = 'internal:prompt_index' AND json_valid(`value`)
  ) > 0;
--> statement-breakpoint
DELETE FROM `settings`
WHERE substr(`key`, 1, 23) = 'internal:digest_source:'
  OR `key` IN ('internal:pulse_digest_done', 'internal:prompt_index');
