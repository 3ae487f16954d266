-- The key of a campaign's cover photo in the photo store; the files themselves live on disk.
ALTER TABLE campaigns ADD COLUMN cover_key VARCHAR(100);
