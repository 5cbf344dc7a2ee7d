// Deletes the Quarantine nodes of a benchmark scope (file ids starting with "$scope:").
MATCH (quarantine:Quarantine) WHERE quarantine.file STARTS WITH $scope + ":"
DETACH DELETE quarantine
RETURN count(*) AS deleted;
