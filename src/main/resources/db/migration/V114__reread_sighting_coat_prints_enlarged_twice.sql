-- Sighting photos are now enlarged twice (not 1.5 times) before their coat features are read
-- (docs/coat-identification.md): photos read the old way go back to the background queue and are read again.
-- Catalogue photos are read as before.
UPDATE coat_prints
SET state = 'PENDING', attempts = 0, claimed_until = NULL, features = NULL, keypoints = NULL, extracted_at = NULL
WHERE sighting_photo_id IS NOT NULL;
