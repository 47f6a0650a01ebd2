"""What we know of each site generator's own configuration, read the way the generator reads it."""
