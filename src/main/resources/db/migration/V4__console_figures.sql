-- What the console's dashboard reads with one indexed query each: licenses expiring soon, and the
-- number of validations (a validation writes one usage event per module; its first one opens it).

ALTER TABLE license ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX license_vendor_expiry ON license (vendor_id, expires_at);

-- Standard interval arithmetic, calendar-aware for months and years on H2 and PostgreSQL alike.
UPDATE license SET expires_at = CASE time_volume_period
        WHEN 'DAY' THEN start_date + time_volume * INTERVAL '1' DAY
        WHEN 'WEEK' THEN start_date + (time_volume * 7) * INTERVAL '1' DAY
        WHEN 'MONTH' THEN start_date + time_volume * INTERVAL '1' MONTH
        WHEN 'YEAR' THEN start_date + time_volume * INTERVAL '1' YEAR
    END
WHERE start_date IS NOT NULL AND time_volume IS NOT NULL AND time_volume_period IS NOT NULL;

-- Events written before this version each count as one validation.
ALTER TABLE usage_event ADD COLUMN opens_validation BOOLEAN DEFAULT TRUE NOT NULL;
