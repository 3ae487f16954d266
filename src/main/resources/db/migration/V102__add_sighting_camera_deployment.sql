-- The camera deployment (Camtrap DP deploymentID) an imported sighting came from, so that spatial capture-recapture
-- exports can name each camera as a detector. Empty for reports made by hand and for imports made before this column.
ALTER TABLE sightings ADD COLUMN camera_deployment VARCHAR(100);
