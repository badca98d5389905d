"""One module per subcommand: parse-independent command logic called by cli."""
