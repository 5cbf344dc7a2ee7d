// Test helper: returns its parameters, to check parameter passing and value conversion.
RETURN $text AS text, toInteger($number) AS number, [1, 2, 3] AS list;
