-- When a password was last set: the hash itself is never audited, but the audit trail shows that it changed.
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
