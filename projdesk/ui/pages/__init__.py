"""The pages beside the board: customers, activities, reports, sync."""
