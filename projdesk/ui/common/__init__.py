"""What every page uses: the one runner, the change bus."""
