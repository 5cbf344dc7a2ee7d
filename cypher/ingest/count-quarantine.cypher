// Counts Quarantine nodes per reason and format.
MATCH (quarantine:Quarantine)
RETURN quarantine.reason AS reason, quarantine.format AS format, count(quarantine) AS records
ORDER BY reason, format;
