"""What a report says: outline, formal parts, tables, claims, spelling words."""
