// Security test: reads the first field of the first lines of a CSV at $url (a file:// URL, a loopback http URL).
LOAD CSV FROM $url AS line
RETURN line[0] AS field
LIMIT 3;
