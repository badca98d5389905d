"""The data every stage shares: Document, Paragraph, Line, Table, Diagnostic."""
